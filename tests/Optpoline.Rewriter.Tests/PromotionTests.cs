using System.Diagnostics;

namespace Optpoline.Rewriter.Tests;

public sealed class PromotionTests
{
    [Fact]
    public void Weave_Fixtures_HotSitesGetPromotedAndTranscriptIsUnchanged()
    {
        var promoted = Array.Empty<string>();

        RunHotUntil("woven-hot", TimeSpan.FromSeconds(30), () =>
        {
            promoted = FastLearning.Promoted("Optpoline.Rewriter.Fixtures.");
            return promoted.Length > 0;
        }, () => Assert.NotEmpty(promoted));
    }

    [Fact]
    public void Weave_Fixtures_HotDelegateAndConstrainedSitesGetPromotedAndTranscriptIsUnchanged()
    {
        string[] delegates = [], constrained = [];

        RunHotUntil("woven-hot-delegates", TimeSpan.FromSeconds(30), () =>
        {
            delegates = FastLearning.Promoted("Optpoline.Rewriter.Fixtures.DelegateCalls::Apply");
            constrained = FastLearning.Promoted("Optpoline.Rewriter.Fixtures.ConstrainedCalls::Step");
            return delegates.Length > 0 && constrained.Length > 0;
        }, () =>
        {
            Assert.NotEmpty(delegates);
            Assert.NotEmpty(constrained);
        });
    }

    [Fact]
    public void Weave_Fixtures_HotSitesInGenericCodeGetPromotedPerInstantiation()
    {
        // GenericCode<string>.Render runs in code shared by reference types, GenericCode<int>.Render in
        // code of its own; each instantiation has its own site, keyed by the caller's exact type.
        const string shared = "Optpoline.Rewriter.Fixtures.GenericCode`1[[System.String,";
        const string unshared = "Optpoline.Rewriter.Fixtures.GenericCode`1[[System.Int32,";
        string[] sharedSites = [], unsharedSites = [];

        // 60 s, not 30: in the full suite the differential tests keep the one patcher busy with thousands of sites.
        RunHotUntil("woven-hot-generic", TimeSpan.FromSeconds(60), () =>
        {
            sharedSites = FastLearning.Promoted(shared).Where(k => k.Contains("::Render@", StringComparison.Ordinal)).ToArray();
            unsharedSites = FastLearning.Promoted(unshared).Where(k => k.Contains("::Render@", StringComparison.Ordinal)).ToArray();
            return sharedSites.Length > 0 && unsharedSites.Length > 0;
        }, () =>
        {
            Assert.NotEmpty(sharedSites);
            Assert.NotEmpty(unsharedSites);

            // Other tests' loads of the fixtures (each in a context of its own) report sites with the same keys.
            var slots = OptpolineRuntime.Report().Sites.Where(s => s.Key == sharedSites[0]).SelectMany(s => s.Slots).Select(s => s.ReceiverType).ToList();
            Assert.Contains(slots, t => t.Contains("QuotedFormatter", StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// Weaves the fixtures and runs the woven build hot, in a load context of its own, until
    /// <paramref name="promoted"/> holds or <paramref name="limit"/> has passed, every transcript equal
    /// to the original's; then <paramref name="check"/> runs while the woven build is still loaded,
    /// and its transcript is compared once more.
    /// </summary>
    private static void RunHotUntil(string name, TimeSpan limit, Func<bool> promoted, Action check)
    {
        FastLearning.Enable();
        using var folder = new TestFolder();
        var (original, woven, _) = Fixtures.Weave(folder);
        string expected;
        using (var run = new FixtureRun(original, "original"))
        {
            expected = run.Run();
        }

        using var wovenRun = new FixtureRun(woven, name);
        var clock = Stopwatch.StartNew();
        do
        {
            wovenRun.Hot(2_000);
            Assert.Equal(expected, wovenRun.Run());
        }
        while (clock.Elapsed < limit && !promoted());

        check();
        Assert.Equal(expected, wovenRun.Run());
    }
}
