namespace Optpoline.Rewriter.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void Report_RuntimeReportJson_PrintsSitesTable()
    {
        using var folder = new TestFolder();
        var (_, woven, _) = Fixtures.Weave(folder);
        using (var run = new FixtureRun(woven, "report"))
        {
            run.Run();

            // Taken while the fixtures are loaded: sites are held weakly and leave the report once their context is collected.
            // Only the fixtures' plain woven sites: other tests' baked builds would add a column and squeeze the names.
            var report = OptpolineRuntime.Report();
            report = report with { Sites = report.Sites.Where(s => s.Baked is null && s.Key.StartsWith("Optpoline.Rewriter.Fixtures.", StringComparison.Ordinal)).ToList() };
            File.WriteAllText(folder["report.json"], report.ToJson());
        }

        // Every site: other tests (woven Jint) share this process's runtime and can outnumber the fixtures' sites in the default top 50.
        var result = CliRun.Of("report", folder["report.json"], "--top", "100000");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("site(s)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Optpoline.Rewriter.Fixtures.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NotAReport_IsInvalidInput()
    {
        using var folder = new TestFolder();
        File.WriteAllText(folder["report.json"], "[1, 2, 3]");

        var result = CliRun.Of("report", folder["report.json"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not an Optpoline site report", result.Error, StringComparison.Ordinal);
    }
}
