using System.Diagnostics;
using System.Globalization;

namespace Optpoline.Benchmarks;

/// <summary>Drives an Optpoline site with the measured receivers until its decision has settled, and logs it.</summary>
/// <remarks>
/// A site decides in the background, from sampling bursts, so a measurement that starts too early
/// times the learning instead of the decision. The site's estimate of the JIT's own guess is taken
/// during its first <see cref="OptpolineOptions.BaselineWindow"/>, and decisions inside that window
/// can still flip; so the loop runs past the window, then until the state has not changed for
/// <see cref="Stable"/>, giving up after <see cref="Limit"/>. What the site decided goes to the
/// console, which BenchmarkDotNet copies into the log next to the numbers it explains.
/// </remarks>
public static class SiteSettler
{
    private static readonly TimeSpan Stable = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(4);

    public static void Settle(CallSite site, Func<long> benchmark, string label)
    {
        var minimum = OptpolineRuntime.Options.BaselineWindow + TimeSpan.FromMilliseconds(200);
        var watch = Stopwatch.StartNew();
        var state = site.State;
        var changedAt = TimeSpan.Zero;
        var sink = 0L;
        var transitions = new List<string> { $"{state}@0ms" };
        while (watch.Elapsed < Limit)
        {
            sink += benchmark();
            var now = site.State;
            if (now != state)
            {
                state = now;
                changedAt = watch.Elapsed;
                transitions.Add($"{state}@{changedAt.TotalMilliseconds:0}ms");
            }

            if (watch.Elapsed >= minimum && state != SiteState.Learning && watch.Elapsed - changedAt >= Stable)
            {
                break;
            }
        }

        GC.KeepAlive(sink);
        var settled = state != SiteState.Learning && watch.Elapsed - changedAt >= Stable;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"// Optpoline {label}: {(settled ? "settled" : "NOT SETTLED")} after {watch.Elapsed.TotalSeconds:0.00} s in state {state} (transitions: {string.Join(" -> ", transitions)})"));
        foreach (var line in OptpolineRuntime.Report().ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Console.WriteLine("// Optpoline " + line.TrimEnd('\r'));
        }
    }
}
