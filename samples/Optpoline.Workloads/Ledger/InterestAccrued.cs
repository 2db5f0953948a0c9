namespace Optpoline.Workloads.Ledger;

/// <summary>A day's interest, at Amount basis points a year, on a positive balance.</summary>
public sealed class InterestAccrued(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        if (account.Balance > 0)
        {
            var interest = account.Balance * Amount / 10_000 / 365;
            account.Credit(interest);
            account.Interest += interest;
        }
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
