using System.Diagnostics;
using System.Globalization;

namespace Optpoline.Benchmarks.Baking;

/// <summary>
/// Drives the sites of a woven (or baked) build with a loop until every one has decided and kept
/// its decision for a while: <see cref="SiteSettler"/> for sites the rewriter generated.
/// </summary>
/// <remarks>
/// "Kept" means neither its state nor its patch count changed for <c>stable</c>: a re-patch keeps the
/// state (promoted) but changes what the site dispatches to, and a profile is only baked from a site
/// not re-patched for the bake settings' quiet period. The loop runs at least past the runtime's
/// <see cref="OptpolineOptions.BaselineWindow"/> (decisions inside it can still flip), and gives up after <c>limit</c>.
/// </remarks>
internal static class WovenSiteSettler
{
    /// <summary>Runs <paramref name="loop"/> until <paramref name="sites"/> have settled; returns whether they did.</summary>
    public static bool Settle(IReadOnlyList<CallSite> sites, Func<long> loop, TimeSpan stable, TimeSpan limit, string label)
    {
        var minimum = OptpolineRuntime.Options.BaselineWindow + TimeSpan.FromMilliseconds(200);
        var watch = Stopwatch.StartNew();
        var seen = Signature(sites);
        var changedAt = TimeSpan.Zero;
        var transitions = new List<string> { $"{seen}@0ms" };
        var sink = 0L;
        while (watch.Elapsed < limit)
        {
            sink += loop();
            var now = Signature(sites);
            if (now != seen)
            {
                seen = now;
                changedAt = watch.Elapsed;
                transitions.Add(string.Create(CultureInfo.InvariantCulture, $"{seen}@{changedAt.TotalMilliseconds:0}ms"));
            }

            if (watch.Elapsed >= minimum && !sites.Any(s => s.State == SiteState.Learning) && watch.Elapsed - changedAt >= stable)
            {
                break;
            }
        }

        GC.KeepAlive(sink);
        var settled = !sites.Any(s => s.State == SiteState.Learning) && watch.Elapsed - changedAt >= stable;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Optpoline {label}: {(settled ? "settled" : "NOT SETTLED")} after {watch.Elapsed.TotalSeconds:0.00} s (transitions: {string.Join(" -> ", transitions)})"));
        return settled;
    }

    /// <summary>Each site's state and patch count, e.g. <c>Promoted/2</c>.</summary>
    private static string Signature(IReadOnlyList<CallSite> sites) => string.Join(",", sites.Select(s => $"{s.State}/{s.Patches}"));
}
