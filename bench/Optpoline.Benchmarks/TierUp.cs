using System.Diagnostics;

namespace Optpoline.Benchmarks;

/// <summary>Runs a benchmark method until tiered compilation has (almost certainly) compiled it at tier 1.</summary>
/// <remarks>
/// Dynamic PGO profiles the method in its instrumented tier and freezes its single guarded guess
/// when tier 1 is compiled; there is no re-tiering afterwards. The call-counting and tier-up work
/// happens on a background thread and is delayed while the process keeps producing tier-0 code,
/// so the loop pauses a few times to let that thread run.
/// </remarks>
public static class TierUp
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan PauseEvery = TimeSpan.FromMilliseconds(300);
    private const int PauseMilliseconds = 100;

    public static void Run(Func<long> benchmark)
    {
        var sink = 0L;
        var watch = Stopwatch.StartNew();
        var nextPause = PauseEvery;
        while (watch.Elapsed < Duration)
        {
            sink += benchmark();
            if (watch.Elapsed >= nextPause)
            {
                Thread.Sleep(PauseMilliseconds);
                nextPause = watch.Elapsed + PauseEvery;
            }
        }

        GC.KeepAlive(sink);
    }
}
