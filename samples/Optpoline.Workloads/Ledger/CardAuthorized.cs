namespace Optpoline.Workloads.Ledger;

/// <summary>A card payment was authorized: the amount is held until it settles.</summary>
public sealed class CardAuthorized(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        if (account.CanPay(Amount))
        {
            account.Available -= Amount;
            account.Held += Amount;
        }
        else
        {
            account.Declined++;
        }
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
