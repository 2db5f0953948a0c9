using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

/// <summary>Keeps a running total of the payments it records: what the script folds for the commands that return nothing.</summary>
internal sealed class RecordPaymentHandler : ICommandHandler<RecordPayment>
{
    public long Ledger { get; set; }

    public ValueTask<Unit> Handle(RecordPayment command, CancellationToken cancellationToken)
    {
        Ledger = Ledger * 31 + command.PaymentId + command.AmountCents;
        return default;
    }
}
