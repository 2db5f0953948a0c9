using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Benchmarks.Baking;

/// <summary>
/// One call site of <c>Optpoline.Benchmarks.Sites</c>, timed as compiled, as woven by the real
/// rewriter, and as woven again with a profile recorded on the woven build (baked guards).
/// </summary>
/// <remarks>
/// <para>Variants, each the very same <c>Sum</c> loop of a different build, over the same receivers:</para>
/// <list type="bullet">
/// <item><c>Plain</c> (baseline): the original build, left to the JIT and its dynamic PGO.</item>
/// <item><c>Optpoline</c>: the build <c>AssemblyWeaver.Weave</c> makes without a profile; its site has
/// learned and settled before measurement.</item>
/// <item><c>Baked</c>: the original woven again with <c>BakeProfile.FromReport</c> of a report taken
/// in the same process from the woven build running on the recording receivers (default runtime and
/// bake settings); then its adaptive site (behind the guards) is settled in turn.</item>
/// </list>
/// <para>
/// Every build is loaded into a context of its own that shares the receiver types and the Optpoline
/// runtime with the benchmark, and is called through a delegate to its <c>Sum</c>: one delegate call
/// per <see cref="ReceiverMix.Length"/> receivers, so the hop is amortised to nothing and results
/// are ns per call of the site.
/// </para>
/// <para>
/// The recording receivers are the measured ones, except for <see cref="Distribution.Stale"/>: its
/// profile is recorded on the warm-up type alone, and measured on three others, so every baked guard
/// misses and the adaptive site behind them has to learn the new mix.
/// </para>
/// </remarks>
public abstract class BakedCallSiteBenchmark<TReceiver>
    where TReceiver : class
{
    private static readonly TimeSpan SettleStable = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(4);

    private SitesLibrary? _library;
    private Func<TReceiver[], long> _sum = _ => 0;
    private TReceiver[] _receivers = [];

    [ParamsAllValues]
    public Distribution Distribution { get; set; }

    [ParamsAllValues]
    public ReceiverOrder Order { get; set; }

    /// <summary>The class of <c>Optpoline.Benchmarks.Sites</c> whose <c>Sum</c> is measured.</summary>
    protected abstract string SitesType { get; }

    /// <summary>A delegate over the loaded <c>Sum</c> (binding any extra argument it takes).</summary>
    protected abstract Func<TReceiver[], long> Bind(MethodInfo sum);

    /// <summary>A new receiver of type <paramref name="type"/> (0..7); <paramref name="n"/> varies its state.</summary>
    protected abstract TReceiver Create(int type, int n);

    [GlobalSetup(Target = nameof(Plain))]
    public void SetUpPlain() => SetUp(library => library.LoadOriginal());

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpoline() => SetUp(library => library.LoadWoven("optpoline"));

    [GlobalSetup(Target = nameof(Baked))]
    public void SetUpBaked() => SetUp(LoadBaked);

    [GlobalCleanup]
    public void CleanUp() => _library?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain() => _sum(_receivers);

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline() => _sum(_receivers);

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Baked() => _sum(_receivers);

    /// <summary>This case, e.g. <c>BakedInterfaceCallBenchmarks/Poly4/Cyclic</c>.</summary>
    private string Label
    {
        get
        {
            // BenchmarkDotNet runs a generated subclass, in an assembly of its own.
            var type = GetType();
            while (type.Assembly != typeof(BakedCallSiteBenchmark<>).Assembly && type.BaseType is { } parent)
            {
                type = parent;
            }

            return $"{type.Name}/{Distribution}/{Order}";
        }
    }

    /// <summary>
    /// The sites of <paramref name="build"/> that call <typeparamref name="TReceiver"/>'s method: the
    /// library's other loops are woven too, but never run in this process.
    /// </summary>
    private static IReadOnlyList<CallSite> MeasuredSites(SitesBuild build) =>
        build.Sites().Where(s => s.Method.DeclaringType == typeof(TReceiver)).ToList();

    /// <summary>
    /// Loads the build to measure, brings its loop to tier 1 (after the stale warm-up, if any), settles
    /// its sites, and checks its sum against a separately loaded copy of the original.
    /// </summary>
    private void SetUp(Func<SitesLibrary, SitesBuild> load)
    {
        _library = new SitesLibrary();
        var measured = ReceiverMix.Measured(Distribution, Order, Create);

        // A second copy of the original, in a context of its own: its loop's profile is its own, so
        // computing the expected sum here leaves the measured loop's PGO untouched.
        var reference = Bind(SitesBuild.Load("reference", SitesLibrary.OriginalPath).Sum(SitesType));
        var expected = reference(measured);

        var build = load(_library);
        _sum = Bind(build.Sum(SitesType));
        if (Distribution == Distribution.Stale)
        {
            _receivers = ReceiverMix.StaleWarmup(Create);
            TierUp.Run(() => _sum(_receivers));
        }

        _receivers = measured;
        TierUp.Run(() => _sum(_receivers));
        var sites = MeasuredSites(build);
        if (sites.Count > 0)
        {
            WovenSiteSettler.Settle(sites, () => _sum(_receivers), SettleStable, SettleLimit, $"{Label} {build.Name}");
            PrintSites(build.Name, sites);
        }

        var actual = _sum(_receivers);
        if (actual != expected)
        {
            throw new InvalidOperationException($"{Label}: the {build.Name} build sums to {actual}, the original to {expected}.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Optpoline {Label} {build.Name}: sum {actual} equals the original's"));
    }

    /// <summary>Records a profile on the woven build, then weaves the original with it.</summary>
    private SitesBuild LoadBaked(SitesLibrary library)
    {
        var recording = Distribution == Distribution.Stale ? ReceiverMix.StaleWarmup(Create) : ReceiverMix.Measured(Distribution, Order, Create);
        var woven = library.LoadWoven("recording");
        var wovenSum = Bind(woven.Sum(SitesType));
        var report = ProfileRecorder.Record(() => MeasuredSites(woven), () => wovenSum(recording), Label);
        PrintSites("recording", MeasuredSites(woven));

        var (baked, result) = library.LoadBaked("baked", BakeProfile.FromReport(report, new BakeSettings()));
        var rejected = string.Join(", ", result.BakeRejected.Select(r => $"{r.Key} {r.Value}"));
        // The library's loops that do not run here have no profile: they count as rejected (unstable).
        Console.WriteLine($"// Optpoline {Label} bake: {result.SitesBaked} site(s) baked, {result.GuardsBaked} guard(s){(rejected.Length > 0 ? ", rejected: " + rejected : "")}");
        return baked;
    }

    /// <summary>What the sites of one build decided, one line each, into the log.</summary>
    private void PrintSites(string build, IReadOnlyList<CallSite> sites)
    {
        var snapshots = OptpolineRuntime.Report().Sites;
        foreach (var site in sites)
        {
            var baked = site.BakedTypes.Count == 0 ? "none" : string.Join("/", site.BakedTypes.Select(t => t.Name));
            var snapshot = snapshots.FirstOrDefault(s => s.Key == site.Key && (s.Baked is not null) == (site.BakedTypes.Count > 0));
            var shares = snapshot is null ? "" : string.Join(" ", snapshot.Samples.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Type}={t.Share:P0}")));
            var bakedHit = snapshot?.BakedHitShare is { } hit ? string.Create(CultureInfo.InvariantCulture, $", baked hit {hit:P0}{(snapshot.BakedStale ? " STALE" : "")}") : "";
            Console.WriteLine($"// Optpoline {Label} {build} site: {site.State}, patches {site.Patches}, slots [{string.Join("/", site.SlotTypes.Select(t => t.Name))}], baked [{baked}]{bakedHit}, samples [{shares}]{(snapshot is null ? "" : " - " + snapshot.Reason)}");
        }
    }
}
