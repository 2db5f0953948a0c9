namespace Optpoline.Workloads.Ledger;

/// <summary>The bank's totals for the day, by kind of movement: what the end-of-day report prints.</summary>
public sealed class DailyTotals : ILedgerProjection
{
    private long _deposits;
    private long _withdrawals;
    private long _transfersOut;
    private long _transfersIn;
    private long _authorized;
    private long _settled;
    private long _reversed;
    private long _fees;
    private long _cheques;
    private int _interestRuns;
    private int _statements;
    private int _limitChanges;
    private int _movements;

    public void On(DepositMade e) => Count(ref _deposits, e.Amount);

    public void On(WithdrawalMade e) => Count(ref _withdrawals, e.Amount);

    public void On(TransferSent e) => Count(ref _transfersOut, e.Amount);

    public void On(TransferReceived e) => Count(ref _transfersIn, e.Amount);

    public void On(CardAuthorized e) => Count(ref _authorized, e.Amount);

    public void On(CardSettled e) => Count(ref _settled, e.Amount);

    public void On(CardReversed e) => Count(ref _reversed, e.Amount);

    public void On(FeeCharged e) => Count(ref _fees, e.Amount);

    public void On(ChequeCleared e) => Count(ref _cheques, e.Amount);

    public void On(InterestAccrued e) => _interestRuns++;

    public void On(StatementIssued e) => _statements++;

    public void On(LimitChanged e) => _limitChanges++;

    public void AddTo(ref Fnv1a checksum)
    {
        foreach (var total in (ReadOnlySpan<long>)[_deposits, _withdrawals, _transfersOut, _transfersIn, _authorized, _settled, _reversed, _fees, _cheques, _interestRuns, _statements, _limitChanges, _movements])
        {
            checksum.Add(total);
        }
    }

    private void Count(ref long total, long amount)
    {
        total += amount;
        _movements++;
    }
}
