using Xunit.Abstractions;

namespace Optpoline.Tests.Differential;

/// <summary>
/// The correctness argument: on random hierarchies, a promoted call reaches exactly the method the
/// plain call would have reached, with the same results, exceptions and side effects.
/// Size and seed: see <see cref="DiffSettings"/>.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void CallSite_RandomHierarchiesWithPhaseChanges_BehavesAsPlainCall()
    {
        var settings = DiffSettings.FromEnvironment();
        var statistics = new DiffStatistics();
        var runner = new DifferentialRunner(statistics);
        var log = new DiffFailureLog(settings);
        for (var index = settings.Start; index < settings.Start + settings.Count; index++)
        {
            log.Add(index, runner.Run(HierarchyGenerator.Generate(settings.Seed, index)));
        }

        output.WriteLine(statistics.Summary());
        log.AssertNone("through a site", "site(s)", statistics.Summary());

        // Not vacuous: many calls really went through slots, of every kind of target.
        Assert.True(statistics.PromotedCalls >= statistics.Calls * 0.3, $"too few promoted calls: {statistics.Summary()}");
        Assert.True(statistics.SitesWithPromotedCalls >= statistics.Sites * 0.9, $"too few sites promoted: {statistics.Summary()}");
        if (settings.Count >= DiffSettings.DefaultCount)
        {
            Assert.All(statistics.PromotedByKind, kind => Assert.True(kind.Value > 0, $"no call was promoted to a {kind.Key}: {statistics.Summary()}"));
        }
    }
}
