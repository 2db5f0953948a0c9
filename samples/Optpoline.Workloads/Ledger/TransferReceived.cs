namespace Optpoline.Workloads.Ledger;

/// <summary>A transfer from another account of the bank arrived.</summary>
public sealed class TransferReceived(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        account.Credit(Amount);
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
