using System.Diagnostics;

namespace Optpoline.Rewriter.Tests;

public sealed class PromotionTests
{
    [Fact]
    public void Weave_Fixtures_HotSitesGetPromotedAndTranscriptIsUnchanged()
    {
        // Fast learning, so that the real background patcher promotes within the test's time.
        OptpolineRuntime.Configure(OptpolineRuntime.Options with
        {
            SamplingPeriod = TimeSpan.FromMilliseconds(5),
            PatchInterval = TimeSpan.FromMilliseconds(5),
            BaselineWindow = TimeSpan.FromMilliseconds(50),
        });
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
            promoted = OptpolineRuntime.Report().Sites
                .Where(s => s.State == SiteState.Promoted && s.Key.StartsWith("Optpoline.Rewriter.Fixtures.", StringComparison.Ordinal))
                .Select(s => s.Key)
                .ToArray();
        }

        Assert.NotEmpty(promoted);
        Assert.Equal(expected, wovenRun.Run());
    }
}
