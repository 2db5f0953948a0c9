using System.Globalization;
using Optpoline.Reporting;

namespace Optpoline.Workloads.Tests;

/// <summary>
/// One process running many libraries (the demo's in-process workloads and a JavaScript engine) for a
/// set time, woven by <c>optpoline run</c> with learning so fast and slots so few that sites promote,
/// thrash, go megamorphic and re-patch all the time, with a forced full collection every 200 ms: it
/// must not crash, every checksum must equal the plain run's, and its heap must stay bounded.
/// </summary>
/// <remarks>
/// CI runs 20 seconds; <c>OPTPOLINE_SOAK_SECONDS</c> runs longer (the bound does not depend on it:
/// every table the runtime keeps is bounded, and a replaced dispatcher is collected).
/// </remarks>
public sealed class SoakTests
{
    /// <summary>
    /// Growth allowed of the woven run's heap, after a full collection, from a quarter of its rounds to
    /// its last, beyond the plain run's growth over the same rounds (the workloads' state grows too).
    /// </summary>
    private const long HeapGrowthBound = 16 << 20;

    private static readonly Dictionary<string, string> Churn = new(Child.FastLearning)
    {
        ["OPTPOLINE_SAMPLING_PERIOD_MS"] = "2",
        ["OPTPOLINE_PATCH_INTERVAL_MS"] = "1",
        ["OPTPOLINE_BASELINE_WINDOW_MS"] = "0",
        ["OPTPOLINE_PROMOTE_MISS_SHARE"] = "0",
        ["OPTPOLINE_MIN_COVERAGE"] = "0.3",
        ["OPTPOLINE_INITIAL_SLOTS"] = "1",
        ["OPTPOLINE_MAX_SLOTS"] = "2",
        ["OPTPOLINE_THRASH_LIMIT"] = "2",
        ["OPTPOLINE_POLICY"] = "periodic",
        ["OPTPOLINE_RETRAIN_PERIOD_MS"] = "20",
        ["OPTPOLINE_MEGAMORPHIC_BACKOFF_MS"] = "10",
        ["OPTPOLINE_MAX_MEGAMORPHIC_BACKOFF_MS"] = "40",
        ["OPTPOLINE_MAX_PATCHES_PER_SECOND"] = "5000",
    };

    [Fact]
    public void Soak_WovenWithConstantRepatching_SameChecksumsNoCrashBoundedHeap()
    {
        var seconds = Environment.GetEnvironmentVariable("OPTPOLINE_SOAK_SECONDS") is { Length: > 0 } raw ? raw : "20";
        var soak = Path.Combine(AppContext.BaseDirectory, "soak", "Optpoline.Soak.dll");
        var report = Path.Combine(Path.GetTempPath(), $"optpoline-soak-{Environment.ProcessId}.json");
        var limit = TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture) * 3 + 120);
        try
        {
            var plain = Child.Dotnet([soak, seconds], limit: limit);
            var woven = Child.Dotnet([Child.Command, "run", soak, "--all", "--no-store", "--report", report, "--", seconds], Churn, limit);

            Assert.True(plain.ExitCode == 0, plain.Output + plain.Error);
            Assert.True(woven.ExitCode == 0, $"exit {woven.ExitCode}\n{woven.Output}\n{woven.Error}");
            Assert.Equal(Lines(plain, "CHECKSUM "), Lines(woven, "CHECKSUM "));
            Assert.Equal(Lines(plain, "JS "), Lines(woven, "JS "));
            var (plainHeap, wovenHeap) = (Heap(plain), Heap(woven));
            var last = wovenHeap.Keys.Where(plainHeap.ContainsKey).DefaultIfEmpty().Max();
            Assert.True(last >= 100, $"only {last} rounds in common: too few to judge the heap");
            var first = wovenHeap.Keys.Where(r => plainHeap.ContainsKey(r) && r >= last / 4).Min();
            var growth = (wovenHeap[last] - wovenHeap[first]) - (plainHeap[last] - plainHeap[first]);
            Assert.True(growth <= HeapGrowthBound, $"from round {first} to {last} the woven heap grew {growth} bytes more than the plain one");

            var sites = SiteReport.FromJson(File.ReadAllText(report)).Sites;
            var patches = sites.Sum(s => s.Patches);
            Assert.True(patches >= 100, $"only {patches} patches: the soak did not churn");
            Assert.Contains(sites, s => s.State == SiteState.Promoted);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static Dictionary<int, long> Heap(Child child) =>
        Lines(child, "HEAP ").Select(l => l.Split(' ')).ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => long.Parse(p[1], CultureInfo.InvariantCulture));

    private static List<string> Lines(Child child, string prefix) =>
        [.. child.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];
}
