namespace Optpoline.Workloads.Ledger;

/// <summary>The accounts and read models that replaying the event log builds.</summary>
public sealed class Bank
{
    private readonly Account[] _accounts;
    private readonly ILedgerProjection[] _projections;

    public Bank(int accounts)
    {
        _accounts = new Account[accounts];
        for (var i = 0; i < accounts; i++)
        {
            _accounts[i] = new Account(i) { OverdraftLimit = 100_00 };
        }

        _projections = [new DailyTotals(), new RiskMonitor(accounts), new AuditTrail()];
    }

    /// <summary>Applies <paramref name="count"/> events of <paramref name="log"/> from <paramref name="start"/>, wrapping around its end.</summary>
    public void Replay(LedgerEvent[] log, int start, int count)
    {
        var i = start;
        for (var n = 0; n < count; n++)
        {
            var e = log[i];
            e.Apply(_accounts[e.AccountId]);
            foreach (var projection in _projections)
            {
                e.Accept(projection);
            }

            if (++i == log.Length)
            {
                i = 0;
            }
        }
    }

    /// <summary>A checksum of every account and read model.</summary>
    public ulong Checksum()
    {
        var checksum = default(Fnv1a);
        foreach (var a in _accounts)
        {
            checksum.Add(a.Balance);
            checksum.Add(a.Available);
            checksum.Add(a.Held);
            checksum.Add(a.OverdraftLimit);
            checksum.Add(a.Fees);
            checksum.Add(a.Interest);
            checksum.Add(a.Declined);
            checksum.Add(a.Statements);
            checksum.Add(a.LastStatementBalance);
        }

        foreach (var projection in _projections)
        {
            projection.AddTo(ref checksum);
        }

        return checksum.Value;
    }
}
