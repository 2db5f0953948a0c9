using System.Diagnostics;

namespace Optpoline.Rewriter.Tests;

public sealed class PromotionTests
{
    [Fact]
    public void Weave_Fixtures_HotSitesGetPromotedAndTranscriptIsUnchanged()
    {
        FastLearning.Enable();
        using var folder = new TestFolder();
        var (original, woven, _) = Fixtures.Weave(folder);
        string expected;
        using (var run = new FixtureRun(original, "original"))
        {
            expected = run.Run();
        }

        using var wovenRun = new FixtureRun(woven, "woven-hot");
        var clock = Stopwatch.StartNew();
        var promoted = Array.Empty<string>();
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && promoted.Length == 0)
        {
            wovenRun.Hot(2_000);
            Assert.Equal(expected, wovenRun.Run());
            promoted = FastLearning.Promoted("Optpoline.Rewriter.Fixtures.");
        }

        Assert.NotEmpty(promoted);
        Assert.Equal(expected, wovenRun.Run());
    }

    [Fact]
    public void Weave_Fixtures_HotDelegateAndConstrainedSitesGetPromotedAndTranscriptIsUnchanged()
    {
        FastLearning.Enable();
        using var folder = new TestFolder();
        var (original, woven, _) = Fixtures.Weave(folder);
        string expected;
        using (var run = new FixtureRun(original, "original"))
        {
            expected = run.Run();
        }

        using var wovenRun = new FixtureRun(woven, "woven-hot-delegates");
        var clock = Stopwatch.StartNew();
        string[] delegates = [], constrained = [];
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && (delegates.Length == 0 || constrained.Length == 0))
        {
            wovenRun.Hot(2_000);
            Assert.Equal(expected, wovenRun.Run());
            delegates = FastLearning.Promoted("Optpoline.Rewriter.Fixtures.DelegateCalls::Apply");
            constrained = FastLearning.Promoted("Optpoline.Rewriter.Fixtures.ConstrainedCalls::Step");
        }

        Assert.NotEmpty(delegates);
        Assert.NotEmpty(constrained);
        Assert.Equal(expected, wovenRun.Run());
    }

    [Fact]
    public void Weave_Fixtures_HotSitesInGenericCodeGetPromotedPerInstantiation()
    {
        FastLearning.Enable();
        using var folder = new TestFolder();
        var (original, woven, _) = Fixtures.Weave(folder);
        string expected;
        using (var run = new FixtureRun(original, "original"))
        {
            expected = run.Run();
        }

        // GenericCode<string>.Render runs in code shared by reference types, GenericCode<int>.Render in
        // code of its own; each instantiation has its own site, keyed by the caller's exact type.
        const string shared = "Optpoline.Rewriter.Fixtures.GenericCode`1[[System.String,";
        const string unshared = "Optpoline.Rewriter.Fixtures.GenericCode`1[[System.Int32,";
        using var wovenRun = new FixtureRun(woven, "woven-hot-generic");
        var clock = Stopwatch.StartNew();
        string[] sharedSites = [], unsharedSites = [];

        // 60 s, not 30: in the full suite the differential tests keep the one patcher busy with thousands of sites.
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && (sharedSites.Length == 0 || unsharedSites.Length == 0))
        {
            wovenRun.Hot(2_000);
            Assert.Equal(expected, wovenRun.Run());
            sharedSites = FastLearning.Promoted(shared).Where(k => k.Contains("::Render@", StringComparison.Ordinal)).ToArray();
            unsharedSites = FastLearning.Promoted(unshared).Where(k => k.Contains("::Render@", StringComparison.Ordinal)).ToArray();
        }

        Assert.NotEmpty(sharedSites);
        Assert.NotEmpty(unsharedSites);
        // Other tests' loads of the fixtures (each in a context of its own) report sites with the same keys.
        var slots = OptpolineRuntime.Report().Sites.Where(s => s.Key == sharedSites[0]).SelectMany(s => s.Slots).Select(s => s.ReceiverType).ToList();
        Assert.Contains(slots, t => t.Contains("QuotedFormatter", StringComparison.Ordinal));
        Assert.Equal(expected, wovenRun.Run());
    }
}
