namespace Optpoline.Workloads.Ledger;

/// <summary>
/// The phase-change workload: a bank replays its event log, and the kinds of event that dominate
/// change with the period of the day (<see cref="BusinessPeriod.Day"/>): branch hours, card traffic,
/// the end-of-day batch, then branch hours again. Each phase the runner enters is the next period.
/// </summary>
public sealed class LedgerWorkload : Workload
{
    public const string WorkloadName = "phase-change";

    private const int Accounts = 10_000;
    private const int EventsPerPeriod = 1 << 16;
    private const int BatchSize = 1_024;
    private const int VerifiedEventsPerPeriod = 30_000;

    private readonly LedgerEvent[][] _logs;
    private readonly Bank _bank = new(Accounts);
    private LedgerEvent[] _log;
    private int _next;

    public LedgerWorkload(int seed = 42)
    {
        var random = new Random(seed);
        _logs = [.. BusinessPeriod.Day.Select(period => EventLog.Generate(period, EventsPerPeriod, Accounts, random))];
        _log = _logs[0];
    }

    public override string Name => WorkloadName;

    public override int RunBatch()
    {
        _bank.Replay(_log, _next, BatchSize);
        _next = (_next + BatchSize) % _log.Length;
        return BatchSize;
    }

    public override void EnterPhase(int phase)
    {
        _log = _logs[phase % _logs.Length];
        _next = 0;
    }

    /// <summary>A fresh bank replays the start of every period's log, twice through the day.</summary>
    public override ulong Verify()
    {
        var bank = new Bank(Accounts);
        for (var day = 0; day < 2; day++)
        {
            foreach (var log in _logs)
            {
                bank.Replay(log, 0, VerifiedEventsPerPeriod);
            }
        }

        return bank.Checksum();
    }
}
