using Xunit.Abstractions;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// Random C# hierarchies, compiled, woven, and run against the original under four receiver
/// distributions while the runtime promotes their sites: every transcript must be identical.
/// </summary>
public sealed class WovenDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Weave_RandomHierarchies_TranscriptsMatchOriginalWhileSitesArePromoted()
    {
        DiffLearning.Enable();
        var knobs = DiffKnobs.FromEnvironment(defaultCount: 40);
        var promoted = new Dictionary<string, CallKind>(StringComparer.Ordinal);
        var states = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int sites = 0, rewritten = 0, rewrittenInGenericCode = 0;
        foreach (var seeds in knobs.Batches())
        {
            var batch = GeneratedBatch.Create("Woven", seeds);
            using var folder = new TestFolder();
            var original = batch.CompileTo(folder["original"]);
            var woven = Path.Combine(folder["woven"], Path.GetFileName(original));
            var result = AssemblyWeaver.Weave(original, woven);
            rewritten += result.SitesRewritten;
            rewrittenInGenericCode += result.GenericSitesRewritten;
            var expectation = new DiffExpectation(batch, original);

            using var run = new DriverRun(batch, woven, batch.AssemblyName + "-woven");
            Assert.Empty(run.PrepareAll());
            for (var distribution = 0; distribution < 4; distribution++)
            {
                expectation.Drive(run, distribution, knobs.Phase, "woven build");
                foreach (var site in BatchSites.Report(batch).Sites.Where(s => s.State == SiteState.Promoted))
                {
                    promoted.TryAdd(site.Key, site.Kind);
                }
            }

            var report = BatchSites.Report(batch);
            sites += report.Sites.Count;
            foreach (var site in report.Sites.Where(s => s.Key.Contains(".Driver::S", StringComparison.Ordinal)))
            {
                var state = $"{site.Kind} {site.State}: {site.Reason}";
                states[state] = states.GetValueOrDefault(state) + 1;
            }
        }

        foreach (var (state, count) in states.OrderByDescending(s => s.Value).Take(15))
        {
            output.WriteLine($"  {count} driver sites end {state}");
        }

        var byKind = promoted.Values.GroupBy(k => k).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{knobs}: {rewritten} sites rewritten ({rewrittenInGenericCode} in generic code), {sites} reported, {promoted.Count} promoted at some point ({string.Join(", ", byKind)})");

        // Sites in generic code (HierarchySource.Generics): one per instantiation of the caller, keyed by
        // its exact type; shared code (string, object) and unshared code (int) both promote.
        var generic = promoted.Keys.Where(HierarchySource.IsInGenericCaller).ToList();
        var shared = generic.Count(k => k.Contains("[[System.String,", StringComparison.Ordinal) || k.Contains("[[System.Object,", StringComparison.Ordinal));
        var unshared = generic.Count(k => k.Contains("[[System.Int32,", StringComparison.Ordinal));
        output.WriteLine($"  {generic.Count} sites in generic code promoted at some point ({shared} in shared code, {unshared} in int instantiations)");
        Assert.True(rewrittenInGenericCode >= 20 * knobs.Count, $"only {rewrittenInGenericCode} sites in generic code rewritten over {knobs.Count} hierarchies");
        Assert.True(knobs.Count < 8 || (shared > 0 && unshared > 0), $"sites in generic code promoted: {shared} shared, {unshared} unshared");
        // Not vacuous: the woven code ran through promoted dispatchers of every kind, not only through plain calls.
        Assert.True(promoted.Count >= 5 * knobs.Count, $"only {promoted.Count} sites promoted over {knobs.Count} hierarchies");
        foreach (var kind in new[] { CallKind.Interface, CallKind.Virtual, CallKind.GenericVirtual })
        {
            Assert.True(knobs.Count < 8 || promoted.ContainsValue(kind), $"no {kind} site was promoted");
        }
    }

    [Fact]
    public void Weave_GenericVirtualCallsAlone_TranscriptsMatchOriginal()
    {
        // The default without a profile: generic virtual calls woven, every other call as compiled.
        DiffLearning.Enable();
        var knobs = DiffKnobs.FromEnvironment(defaultCount: DiffKnobs.BatchSize);
        int rewritten = 0, notProfiled = 0;
        foreach (var seeds in knobs.Batches())
        {
            var batch = GeneratedBatch.Create("GenericVirtualAlone", seeds);
            using var folder = new TestFolder();
            var original = batch.CompileTo(folder["original"]);
            var woven = Path.Combine(folder["woven"], Path.GetFileName(original));
            var result = AssemblyWeaver.Weave(original, woven, new WeaveOptions { Scope = WeaveScope.Profitable });
            rewritten += result.SitesRewritten;
            notProfiled += result.SkippedFor(SkipReason.NotProfiled);
            var expectation = new DiffExpectation(batch, original);

            using var run = new DriverRun(batch, woven, batch.AssemblyName + "-woven");
            Assert.Empty(run.PrepareAll());
            for (var distribution = 0; distribution < 4; distribution++)
            {
                expectation.Drive(run, distribution, knobs.Phase, "generic virtual calls woven");
            }
        }

        output.WriteLine($"{knobs}: {rewritten} generic virtual calls rewritten, {notProfiled} calls left as compiled");
        Assert.True(rewritten > 0 && notProfiled > 0, $"{rewritten} rewritten, {notProfiled} left");
    }
}
