namespace Optpoline.Workloads.Ledger;

/// <summary>A statement was issued: its closing balance is kept.</summary>
public sealed class StatementIssued(int accountId, long amount) : LedgerEvent(accountId, amount)
{
    /// <inheritdoc/>
    public override void Apply(Account account)
    {
        account.Statements++;
        account.LastStatementBalance = account.Balance;
    }

    /// <inheritdoc/>
    public override void Accept(ILedgerProjection projection) => projection.On(this);
}
