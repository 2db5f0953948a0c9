namespace Optpoline.Workloads.Ledger;

/// <summary>A read model fed by the event log: one handler per event type.</summary>
public interface ILedgerProjection
{
    void On(DepositMade e);

    void On(WithdrawalMade e);

    void On(TransferSent e);

    void On(TransferReceived e);

    void On(CardAuthorized e);

    void On(CardSettled e);

    void On(CardReversed e);

    void On(FeeCharged e);

    void On(InterestAccrued e);

    void On(StatementIssued e);

    void On(ChequeCleared e);

    void On(LimitChanged e);

    /// <summary>Adds the projection's state to a checksum.</summary>
    void AddTo(ref Fnv1a checksum);
}
