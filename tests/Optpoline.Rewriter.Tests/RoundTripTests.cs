namespace Optpoline.Rewriter.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Weave_Fixtures_EveryMethodCompilesAndTranscriptIsUnchanged()
    {
        using var folder = new TestFolder();
        var (original, woven, result) = Fixtures.Weave(folder);
        Assert.True(result.SitesRewritten > 20, $"only {result.SitesRewritten} sites rewritten");

        string expected;
        using (var run = new FixtureRun(original, "original"))
        {
            expected = run.Run();
        }

        using var wovenRun = new FixtureRun(woven, "woven");
        Assert.Empty(wovenRun.PrepareAll());
        Assert.Equal(expected, wovenRun.Run());
    }
}
