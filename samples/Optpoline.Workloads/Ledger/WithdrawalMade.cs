namespace Optpoline.Workloads.Ledger;

/// <summary>Cash taken out at a branch or a machine; declined beyond the overdraft.</summary>
public sealed class WithdrawalMade(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        if (account.CanPay(Amount))
        {
            account.Debit(Amount);
        }
        else
        {
            account.Declined++;
        }
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
