namespace Optpoline.Workloads.Ledger;

/// <summary>
/// A hash chain over the events in the order they were applied: an auditor who replays the log gets
/// the same head, and any change to a past event changes it.
/// </summary>
public sealed class AuditTrail : ILedgerProjection
{
    private ulong _head = 14695981039346656037;
    private long _length;

    public ulong Head => _head;

    public void On(DepositMade e) => Link(1, e);

    public void On(WithdrawalMade e) => Link(2, e);

    public void On(TransferSent e) => Link(3, e);

    public void On(TransferReceived e) => Link(4, e);

    public void On(CardAuthorized e) => Link(5, e);

    public void On(CardSettled e) => Link(6, e);

    public void On(CardReversed e) => Link(7, e);

    public void On(FeeCharged e) => Link(8, e);

    public void On(InterestAccrued e) => Link(9, e);

    public void On(StatementIssued e) => Link(10, e);

    public void On(ChequeCleared e) => Link(11, e);

    public void On(LimitChanged e) => Link(12, e);

    public void AddTo(ref Fnv1a checksum)
    {
        checksum.Add((long)_head);
        checksum.Add(_length);
    }

    private void Link(int kind, LedgerEvent e)
    {
        var record = ((ulong)kind << 56) ^ ((ulong)e.AccountId << 32) ^ (ulong)e.Amount;
        _head = (_head ^ record) * 1099511628211;
        _length++;
    }
}
