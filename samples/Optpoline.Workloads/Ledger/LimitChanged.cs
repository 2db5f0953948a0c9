namespace Optpoline.Workloads.Ledger;

/// <summary>The overdraft limit was changed to Amount.</summary>
public sealed class LimitChanged(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        account.OverdraftLimit = Amount;
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
