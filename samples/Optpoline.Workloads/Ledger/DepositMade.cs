namespace Optpoline.Workloads.Ledger;

/// <summary>Cash or a transfer from outside paid into the account.</summary>
public sealed class DepositMade(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        account.Credit(Amount);
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
