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
}
