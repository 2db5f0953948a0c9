using Optpoline.Tests.Differential;
using Xunit.Abstractions;

namespace Optpoline.Tests.Delegates;

/// <summary>
/// The correctness argument for delegate sites: on random mixes of every kind of delegate, with many
/// fresh delegate objects per method and phase changes, a call through the site returns or throws
/// exactly what the plain <c>d(a, s)</c> does, call by call. Seed and count: <c>OPTPOLINE_DIFF_SEED</c>,
/// <c>OPTPOLINE_DELEGATE_DIFF_COUNT</c>.
/// </summary>
public sealed class DelegateDifferentialTests(ITestOutputHelper output)
{
    private const int DefaultCount = 500;

    [Fact]
    public void DelegateSite_RandomDelegatesWithPhaseChanges_BehavesAsPlainInvoke()
    {
        var seed = DiffSettings.FromEnvironment().Seed;
        var count = int.TryParse(Environment.GetEnvironmentVariable("OPTPOLINE_DELEGATE_DIFF_COUNT"), out var n) && n > 0 ? n : DefaultCount;
        var statistics = new DelegateStatistics();
        var runner = new DelegateDifferentialRunner(statistics);
        var failures = new List<string>();
        for (var index = 0; index < count; index++)
        {
            if (runner.Run(DelegateScenario.Generate(seed, index)) is { } failure)
            {
                failures.Add(failure);
            }
        }

        output.WriteLine(statistics.Summary());
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} scenarios misbehaved; {statistics.Summary()}{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, failures.Take(5))}");

        // Not vacuous: most promotable calls went through slots, at most sites, for every promotable kind.
        Assert.True(statistics.PromotedCalls >= statistics.PromotableCalls * 0.5, statistics.Summary());
        Assert.True(statistics.SitesWithPromotedCalls >= statistics.SitesWithPromotableKinds * 0.9, statistics.Summary());
        Assert.All(DelegateZoo.All.Where(k => k.Promotable), k => Assert.True(statistics.PromotedByKind.GetValueOrDefault(k.Name) > 0, $"{k} was never promoted: {statistics.Summary()}"));
    }
}
