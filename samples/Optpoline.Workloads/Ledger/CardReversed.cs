namespace Optpoline.Workloads.Ledger;

/// <summary>A held card payment was cancelled: the hold is released.</summary>
public sealed class CardReversed(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        var released = Math.Min(account.Held, Amount);
        account.Held -= released;
        account.Available += released;
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
