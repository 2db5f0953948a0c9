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
        var failed = new List<int>();
        var byCategory = new Dictionary<string, (int Count, string First)>();
        for (var index = settings.Start; index < settings.Start + settings.Count; index++)
        {
            var failures = runner.Run(HierarchyGenerator.Generate(settings.Seed, index));
            if (failures.Count > 0)
            {
                failed.Add(index);
            }

            foreach (var failure in failures)
            {
                byCategory[failure.Category] = byCategory.TryGetValue(failure.Category, out var seen)
                    ? (seen.Count + 1, seen.First)
                    : (1, $"replay with {settings.Replay(index)}{Environment.NewLine}{failure.Message}");
            }
        }

        output.WriteLine(statistics.Summary());
        var nl = Environment.NewLine;
        Assert.True(
            failed.Count == 0,
            $"{failed.Count} of {settings.Count} hierarchies (base seed {settings.Seed}) behaved differently through a site: #{string.Join(", #", failed.Take(40))}{(failed.Count > 40 ? ", ..." : "")}{nl}"
            + $"{statistics.Summary()}{nl}{nl}"
            + string.Join($"{nl}{nl}", byCategory.Select(c => $"=== {c.Key}: {c.Value.Count} site(s); the first:{nl}{c.Value.First}")));

        // Not vacuous: many calls really went through slots, of every kind of target.
        Assert.True(statistics.PromotedCalls >= statistics.Calls * 0.3, $"too few promoted calls: {statistics.Summary()}");
        Assert.True(statistics.SitesWithPromotedCalls >= statistics.Sites * 0.9, $"too few sites promoted: {statistics.Summary()}");
        if (settings.Count >= DiffSettings.DefaultCount)
        {
            Assert.All(statistics.PromotedByKind, kind => Assert.True(kind.Value > 0, $"no call was promoted to a {kind.Key}: {statistics.Summary()}"));
        }
    }
}
