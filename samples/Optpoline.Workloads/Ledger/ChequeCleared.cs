namespace Optpoline.Workloads.Ledger;

/// <summary>A cheque paid in has cleared.</summary>
public sealed class ChequeCleared(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        account.Credit(Amount);
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
