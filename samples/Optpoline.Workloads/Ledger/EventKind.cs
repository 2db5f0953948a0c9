namespace Optpoline.Workloads.Ledger;

/// <summary>The kinds of event in the log.</summary>
public enum EventKind
{
    Deposit,
    Withdrawal,
    TransferSent,
    TransferReceived,
    CardAuthorized,
    CardSettled,
    CardReversed,
    Fee,
    Interest,
    Statement,
    Cheque,
    LimitChange,
}
