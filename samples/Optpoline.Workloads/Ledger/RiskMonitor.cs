namespace Optpoline.Workloads.Ledger;

/// <summary>
/// Flags accounts whose activity looks unusual: large cash withdrawals, many card reversals, sudden
/// overdraft increases. Keeps a few counters per account.
/// </summary>
public sealed class RiskMonitor(int accounts) : ILedgerProjection
{
    private const long LargeCash = 500_00;
    private const long LargeLimit = 2_000_00;
    private const int ReversalsToFlag = 8;

    private readonly int[] _reversals = new int[accounts];
    private readonly int[] _cardPayments = new int[accounts];
    private readonly long[] _cashOut = new long[accounts];
    private int _flags;

    public int Flags => _flags;

    public void On(DepositMade e)
    {
    }

    public void On(WithdrawalMade e)
    {
        _cashOut[e.AccountId] += e.Amount;
        if (e.Amount >= LargeCash)
        {
            _flags++;
        }
    }

    public void On(TransferSent e)
    {
        if (e.Amount >= LargeCash * 4)
        {
            _flags++;
        }
    }

    public void On(TransferReceived e)
    {
    }

    public void On(CardAuthorized e) => _cardPayments[e.AccountId]++;

    public void On(CardSettled e)
    {
    }

    public void On(CardReversed e)
    {
        if (++_reversals[e.AccountId] % ReversalsToFlag == 0)
        {
            _flags++;
        }
    }

    public void On(FeeCharged e)
    {
    }

    public void On(InterestAccrued e)
    {
    }

    public void On(StatementIssued e)
    {
        // A statement closes the account's monitoring period.
        _cashOut[e.AccountId] = 0;
        _cardPayments[e.AccountId] = 0;
    }

    public void On(ChequeCleared e)
    {
    }

    public void On(LimitChanged e)
    {
        if (e.Amount >= LargeLimit)
        {
            _flags++;
        }
    }

    public void AddTo(ref Fnv1a checksum)
    {
        checksum.Add(_flags);
        for (var i = 0; i < _reversals.Length; i++)
        {
            checksum.Add(_reversals[i] + (31L * _cardPayments[i]) + (961L * _cashOut[i]));
        }
    }
}
