using Optpoline.Rewriter.Baking;
using Xunit.Abstractions;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// Random C# hierarchies woven with guards baked from a profile recorded on one receiver
/// distribution, then run under the others: every transcript must equal the original's. And a
/// profile recorded on another build of the same source must bake nothing.
/// </summary>
public sealed class BakedDifferentialTests(ITestOutputHelper output)
{
    // Small enough that a few hundred milliseconds of one distribution make most sites stable.
    private static readonly BakeSettings s_settings = new() { MinSampledCalls = 64, QuietPeriod = TimeSpan.Zero };

    [Fact]
    public void Weave_ProfileFromOneDistribution_TranscriptsMatchOriginalUnderEveryDistribution()
    {
        DiffLearning.Enable();
        var knobs = DiffKnobs.FromEnvironment(defaultCount: 24);
        var census = new BakeCensus();
        var bakedDriverSites = new SortedDictionary<CallKind, int>();
        foreach (var seeds in knobs.Batches())
        {
            var batch = GeneratedBatch.Create("Baked", seeds);
            using var folder = new TestFolder();
            var original = batch.CompileTo(folder["original"]);
            var expectation = new DiffExpectation(batch, original);
            var profile = Record(batch, original, folder["woven"], expectation, knobs.Phase * 2);

            var baked = Path.Combine(folder["baked"], Path.GetFileName(original));
            census.Add(profile, AssemblyWeaver.Weave(original, baked, new WeaveOptions { Profile = profile }));
            using var run = new DriverRun(batch, baked, batch.AssemblyName + "-baked");
            Assert.Empty(run.PrepareAll());
            foreach (var distribution in new[] { 1, 2, 3, 0 })
            {
                expectation.Drive(run, distribution, knobs.Phase, "baked build");
            }

            // Only the baked build's sites carry baked types; the recording build's have none.
            foreach (var site in BatchSites.Report(batch).Sites.Where(s => s.Baked is not null && s.Key.Contains(".Driver::S", StringComparison.Ordinal)))
            {
                bakedDriverSites[site.Kind] = bakedDriverSites.GetValueOrDefault(site.Kind) + 1;
            }
        }

        output.WriteLine($"{knobs}: {census}");
        output.WriteLine($"driver sites baked, by kind: {string.Join(", ", bakedDriverSites.Select(k => $"{k.Key} {k.Value}"))}");
        // Not vacuous: guards were baked, every baked site got at least one, and the generated call
        // sites themselves (not only the driver's calls into the framework) ran with baked guards.
        Assert.True(census.SitesBaked > 0, $"nothing was baked: {census}");
        Assert.True(census.GuardsBaked >= census.SitesBaked, census.ToString());

        // Generic virtual calls in generic code (the generated resolver's For<T> called by generic
        // callers, shared and unshared instantiations) get guards that hold for every instantiation.
        Assert.True(knobs.Count < DiffKnobs.BatchSize || census.GenericSitesBaked > 0, $"no site in generic code was baked: {census}");
        foreach (var kind in new[] { CallKind.Interface, CallKind.Virtual, CallKind.GenericVirtual })
        {
            Assert.True(knobs.Count < DiffKnobs.BatchSize || bakedDriverSites.ContainsKey(kind), $"no {kind} driver site was baked");
        }
    }

    [Fact]
    public void Weave_OnlyProfitable_PartlyWovenBuildMatchesOriginalUnderEveryDistribution()
    {
        // Only what the profile shows pays is woven; everything else is left as compiled, so one
        // method can hold woven, baked and untouched calls side by side.
        DiffLearning.Enable();
        var knobs = DiffKnobs.FromEnvironment(defaultCount: DiffKnobs.BatchSize);
        var census = new BakeCensus();
        var left = 0;
        var explored = 0;
        foreach (var seeds in knobs.Batches())
        {
            var batch = GeneratedBatch.Create("OnlyProfitable", seeds);
            using var folder = new TestFolder();
            var original = batch.CompileTo(folder["original"]);
            var expectation = new DiffExpectation(batch, original);
            var profile = Record(batch, original, folder["woven"], expectation, knobs.Phase * 2, s_settings);

            var partly = Path.Combine(folder["partly"], Path.GetFileName(original));
            // Every other profiled site is explored (woven adaptively where the profile would leave
            // it as compiled), as 'optpoline run' does with a few: explored and untouched calls mix too.
            var explore = profile.Report.Sites.Where(s => s.Origin is not null).Select(s => s.Origin!).Where((_, i) => i % 2 == 0)
                .Select(o => (o.Assembly, o.Caller, o.ILOffset)).ToHashSet();
            var result = AssemblyWeaver.Weave(original, partly, new WeaveOptions { Profile = profile, Scope = WeaveScope.Profitable, Explore = explore });
            census.Add(profile, result);
            left += result.SkippedFor(SkipReason.Unprofitable) + result.SkippedFor(SkipReason.Monomorphic);
            explored += result.SitesExplored;
            using var run = new DriverRun(batch, partly, batch.AssemblyName + "-partly");
            Assert.Empty(run.PrepareAll());
            foreach (var distribution in new[] { 1, 2, 3, 0 })
            {
                expectation.Drive(run, distribution, knobs.Phase, "partly woven build");
            }
        }

        output.WriteLine($"{knobs}: {census}; {left} calls left as compiled, {explored} explored");
        Assert.True(left > 0, $"no call was left as compiled: {census}");
        Assert.True(explored > 0, $"no call was explored: {census}");
        Assert.True(census.SitesBaked > 0, $"nothing was baked: {census}");
    }

    [Fact]
    public void Weave_ProfileFromAnotherBuild_IsRejectedAndBakesNothing()
    {
        DiffLearning.Enable();
        var knobs = DiffKnobs.FromEnvironment(defaultCount: DiffKnobs.BatchSize);
        var seeds = Enumerable.Range(knobs.Seed, DiffKnobs.BatchSize).ToArray();
        var recorded = GeneratedBatch.Create("OtherBuild", seeds);
        var rebuilt = GeneratedBatch.Create("OtherBuild", seeds, extraMember: true);
        using var folder = new TestFolder();
        var recordedPath = recorded.CompileTo(folder["recorded"]);
        var profile = Record(recorded, recordedPath, folder["recorded-woven"], new DiffExpectation(recorded, recordedPath), knobs.Phase * 2);

        var rebuiltPath = rebuilt.CompileTo(folder["rebuilt"]);
        var woven = Path.Combine(folder["rebuilt-woven"], Path.GetFileName(rebuiltPath));
        var result = AssemblyWeaver.Weave(rebuiltPath, woven, new WeaveOptions { Profile = profile });
        var census = new BakeCensus();
        census.Add(profile, result);
        output.WriteLine(census.ToString());
        Assert.True(result.BakeRejected.GetValueOrDefault(BakeRejection.OtherBuild) > 0, $"no site rejected as another build's: {census}");
        Assert.Equal(0, result.SitesBaked);

        // Woven as without a profile, the rebuilt program still runs as the original.
        var expectation = new DiffExpectation(rebuilt, rebuiltPath);
        using var run = new DriverRun(rebuilt, woven, rebuilt.AssemblyName + "-rebuilt-woven");
        Assert.Empty(run.PrepareAll());
        expectation.Drive(run, distribution: 0, TimeSpan.Zero, "rebuilt woven build");
    }

    /// <summary>Weaves <paramref name="original"/> plainly, runs distribution 0 (checking it), and makes a profile of the batch's sites.</summary>
    private static BakeProfile Record(GeneratedBatch batch, string original, string folder, DiffExpectation expectation, TimeSpan phase, BakeSettings? settings = null)
    {
        var woven = Path.Combine(folder, Path.GetFileName(original));
        AssemblyWeaver.Weave(original, woven);
        using var run = new DriverRun(batch, woven, batch.AssemblyName + "-recording");
        Assert.Empty(run.PrepareAll());
        expectation.Drive(run, distribution: 0, phase, "woven build (recording)");
        return BakeProfile.FromReport(BatchSites.Report(batch), settings ?? s_settings);
    }
}
