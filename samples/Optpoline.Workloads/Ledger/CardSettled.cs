namespace Optpoline.Workloads.Ledger;

/// <summary>A held card payment settled: the hold becomes a debit.</summary>
public sealed class CardSettled(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        var released = Math.Min(account.Held, Amount);
        account.Held -= released;
        account.Available += released;
        account.Debit(Amount);
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
