namespace Optpoline.Rewriter.Tests;

/// <summary>What <c>optpoline weave</c> weaves when asked for nothing in particular: only the calls that pay without a profile.</summary>
public sealed class DefaultScopeTests
{
    [Fact]
    public void Weave_WithoutProfileOrAll_RewritesGenericVirtualCallsAloneAndSaysSo()
    {
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName), "in");
        var all = AssemblyWeaver.Weave(input, folder["all/woven.dll"], new WeaveOptions { Scope = WeaveScope.All });
        var profitable = AssemblyWeaver.Weave(input, folder["profitable/woven.dll"], new WeaveOptions { Scope = WeaveScope.Profitable });

        var run = CliRun.Of("weave", input, "-o", folder["out/woven.dll"]);
        var everything = CliRun.Of("weave", input, "-o", folder["everything/woven.dll"], "--all");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("generic virtual calls (no profile)", run.Output, StringComparison.Ordinal);
        Assert.Contains("not profiled " + profitable.SkippedFor(SkipReason.NotProfiled), run.Output, StringComparison.Ordinal);
        Assert.InRange(profitable.SitesRewritten, 1, all.SitesRewritten - 1);
        Assert.Equal(all.SitesRewritten - profitable.SitesRewritten, profitable.SkippedFor(SkipReason.NotProfiled));
        Assert.Contains("every call", everything.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not profiled", everything.Output, StringComparison.Ordinal);
    }
}
