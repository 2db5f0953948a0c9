using Optpoline.Rewriter.Baking;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Baking;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// One loop of <c>Optpoline.Benchmarks.Sites</c> whose call is in generic code (or, for comparison, the
/// same call in non-generic code), timed as compiled and as woven by the real rewriter: with its sites
/// learning and promoting as they do by default, or with the runtime switched off so that they never
/// promote and every call takes the woven code's plain path.
/// </summary>
/// <remarks>
/// <para>
/// Builds are loaded and called as in <see cref="BakedCallSiteBenchmark{TReceiver}"/>: each in a context
/// of its own that shares the receivers and the runtime with the benchmark, through one delegate call per
/// <see cref="ReceiverMix.Length"/> receivers, after <see cref="TierUp"/>; a promoting build's sites are then
/// settled and what they decided is printed as <c>// Optpoline</c> lines; every build's sum is checked
/// against a separately loaded copy of the original.
/// </para>
/// <para>
/// No baked variant: the bake puts no guard into generic code (docs/rewriter.md, "Baking"), so a baked
/// build of these loops is the woven one.
/// </para>
/// </remarks>
public abstract class WovenLoopBenchmark
{
    private static readonly TimeSpan SettleStable = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(4);

    private SitesLibrary? _library;
    private Func<long> _loop = () => 0;

    /// <summary>The class of <c>Optpoline.Benchmarks.Sites</c> whose loop is measured.</summary>
    protected abstract string SitesType { get; }

    /// <summary>The method the measured call is in (its sites' keys name it).</summary>
    protected abstract string Caller { get; }

    /// <summary>The caller's type arguments, which its generic holders are instantiated with; empty in non-generic code.</summary>
    protected abstract Type[] Instantiation { get; }

    /// <summary>The loop of the loaded build's <paramref name="sites"/> class over this case's receivers.</summary>
    protected abstract Func<long> Bind(Type sites);

    /// <summary>This case, e.g. <c>GenericVirtualInGenericCodeBenchmarks/HotTypes=3</c>.</summary>
    protected abstract string Case { get; }

    [GlobalCleanup]
    public void CleanUp() => _library?.Dispose();

    protected long Run() => _loop();

    protected void SetUpPlain() => SetUp(library => library.LoadOriginal(), settle: false);

    protected void SetUpPromoting() => SetUp(library => library.LoadWoven("optpoline"), settle: true);

    /// <summary>
    /// The original woven again with guards baked from a profile recorded on the woven build's loop
    /// (the instantiations' sites pooled, as the rewriter bakes generic code), then settled.
    /// </summary>
    protected void SetUpBaked() => SetUp(
        library =>
        {
            var woven = library.LoadWoven("recording");
            var loop = Bind(woven.Type(SitesType));
            var report = ProfileRecorder.Record(() => woven.SitesIn(SitesType, Caller, Instantiation), loop, Case);
            var (baked, result) = library.LoadBaked("baked", BakeProfile.FromReport(report, new BakeSettings()));
            Console.WriteLine($"// {Case} bake: {result.SitesBaked} site(s) baked, {result.GenericSitesBaked} in generic code, {result.GuardsBaked} guard(s)");
            return baked;
        },
        settle: true);

    protected void SetUpUnpromoted()
    {
        // Off before the woven build makes its sites: they never sample, and every call takes the plain path
        // the woven code keeps (a load of the holder's Target and a null test before the call).
        OptpolineRuntime.Configure(OptpolineRuntime.Options with { Enabled = false });
        SetUp(library => library.LoadWoven("unpromoted"), settle: false);
    }

    private void SetUp(Func<SitesLibrary, SitesBuild> load, bool settle)
    {
        _library = new SitesLibrary();

        // A second copy of the original, in a context of its own, so that the measured loop's profile is its own.
        var expected = Bind(SitesBuild.Load("reference", SitesLibrary.OriginalPath).Type(SitesType))();

        var build = load(_library);
        _loop = Bind(build.Type(SitesType));
        TierUp.Run(_loop);
        var sites = build.SitesIn(SitesType, Caller, Instantiation);
        if (build.Name != "plain" && sites.Count == 0)
        {
            throw new InvalidOperationException($"{Case}: the {build.Name} build has no site in {SitesType}.{Caller}.");
        }

        if (settle)
        {
            WovenSiteSettler.Settle(sites, _loop, SettleStable, SettleLimit, $"{Case} {build.Name}");
        }

        // One instantiation of the caller runs in this process, so its sites' keys are unique in the report.
        var report = OptpolineRuntime.Report().Sites;
        foreach (var site in sites)
        {
            var reason = report.FirstOrDefault(s => s.Key == site.Key)?.Reason;
            Console.WriteLine($"// Optpoline {Case} {build.Name} site {site.Key} -> {site.Method.DeclaringType?.Name}.{site.Method.Name}: {site.State}, patches {site.Patches}, slots [{string.Join("/", site.SlotTypes.Select(t => t.Name))}] - {reason}");
        }

        var actual = _loop();
        if (actual != expected)
        {
            throw new InvalidOperationException($"{Case}: the {build.Name} build sums to {actual}, the original to {expected}.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Optpoline {Case} {build.Name}: sum {actual} equals the original's"));
    }
}
