namespace Optpoline.Workloads.Ledger;

/// <summary>A transfer to another account; declined beyond the overdraft.</summary>
public sealed class TransferSent(int accountId, long amount) : LedgerEvent(accountId, amount)
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
