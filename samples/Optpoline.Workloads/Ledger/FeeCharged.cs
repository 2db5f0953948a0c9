namespace Optpoline.Workloads.Ledger;

/// <summary>A fee was charged.</summary>
public sealed class FeeCharged(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        account.Debit(Amount);
        account.Fees += Amount;
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
