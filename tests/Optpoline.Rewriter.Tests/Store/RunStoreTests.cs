using Optpoline.Cli.Store;

namespace Optpoline.Rewriter.Tests.Store;

/// <summary>
/// <c>optpoline run</c> with its profile store, in child processes as a user starts it: the first
/// run learns, later runs weave from the store, two runs ending together both land.
/// </summary>
public sealed class RunStoreTests
{
    private static readonly string s_app = Path.Combine(AppContext.BaseDirectory, "runapp", "Optpoline.Rewriter.RunApp.dll");

    [Fact]
    public void Run_FirstRunLearnsSecondWeavesFromTheStore_BothPrintWhatDotnetPrints()
    {
        using var folder = new TestFolder();
        string[] appArgs = ["--work-ms", "1500"];
        var plain = ChildProcess.Dotnet([s_app, .. appArgs]);

        var first = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--store", folder["store"], "--", .. appArgs], ChildProcess.FastLearning);
        var second = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--store", folder["store"], "--", .. appArgs], ChildProcess.FastLearning);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(plain.Output, first.Output);
        Assert.Equal(plain.Output, second.Output);
        Assert.Contains("every call, to learn", first.Error, StringComparison.Ordinal);
        Assert.Contains("run 1,", first.Error, StringComparison.Ordinal);
        Assert.Contains("from the profile", second.Error, StringComparison.Ordinal);
        Assert.Contains("no gain (profile)", second.Error, StringComparison.Ordinal);
        Assert.Contains("run 2,", second.Error, StringComparison.Ordinal);
        var stored = ProfileStore.For(s_app, folder["store"]).Load(TextWriter.Null)!;
        Assert.Equal(2, stored.Ledger!.Runs);
        Assert.NotEmpty(stored.Report.Sites);

        // 'optpoline report app.dll' finds the app's store: how each assembly was woven in the last run, then the sites.
        var report = CliRun.Of("report", s_app, "--store", folder["store"]);
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Contains("2 run(s) merged", report.Output, StringComparison.Ordinal);
        Assert.Contains("from the profile", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoProcessesOfOneAppAtOnce_BothLandInTheStore()
    {
        using var folder = new TestFolder();
        string[] args = [ChildProcess.Cli, "run", s_app, "--store", folder["store"], "--", "--work-ms", "800"];

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => ChildProcess.Dotnet(args))));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Error));
        var stored = ProfileStore.For(s_app, folder["store"]).Load(TextWriter.Null)!;
        Assert.Equal(2, stored.Ledger!.Runs);
    }

    [Fact]
    public void Run_NoStoreAndNoProfile_WeavesGenericVirtualCallsAloneAndWritesNoStore()
    {
        using var folder = new TestFolder();

        var run = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--no-store", "--", "--work-ms", "300"], new Dictionary<string, string> { ["OPTPOLINE_STORE"] = folder["store"] });

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("generic virtual calls (no profile)", run.Error, StringComparison.Ordinal);
        Assert.Contains("not profiled", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["store"]));
    }

    [Fact]
    public void Run_ReceiversChangeBetweenRuns_TheNextRunBakesTheNewOnes()
    {
        using var folder = new TestFolder();
        string[] Run(string shapes)
        {
            string[] appArgs = ["--work-ms", "2500", "--shapes", shapes];
            var run = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--store", folder["store"], "--explore", "0", "--", .. appArgs], ChildProcess.FastLearning);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(ChildProcess.Dotnet([s_app, .. appArgs]).Output, run.Output);
            var site = ProfileStore.For(s_app, folder["store"]).Load(TextWriter.Null)!.Report.Sites.Single(s => s.Key.Contains("RunApp.Program::Round", StringComparison.Ordinal) && s.Method.Contains("Area", StringComparison.Ordinal));
            return [.. site.Samples.Where(t => t.Share >= 0.2).Select(t => t.Type).Order()];
        }

        // Learn two types, bake them; then the receivers change: the baked guards go stale, the run
        // stores what it saw, and the next run's guards are the new types'.
        Assert.Equal(["Circle", "Square"], Run("circle,square"));
        Run("circle,square");
        Assert.Equal(["Cube", "ExplicitShape"], Run("cube,explicit"));
        var last = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--store", folder["store"], "--explore", "0", "--report", folder["last.json"], "--", "--work-ms", "2500", "--shapes", "cube,explicit"], ChildProcess.FastLearning);
        Assert.True(last.ExitCode == 0, last.Error);
        var baked = Cli.Store.RunRecord.FromJson(File.ReadAllText(folder["last.json"])).Report.Sites.Single(s => s.Key.Contains("RunApp.Program::Round", StringComparison.Ordinal) && s.Method.Contains("Area", StringComparison.Ordinal));
        Assert.Equal(["Cube", "ExplicitShape"], baked.Baked!.Select(b => b.Type).Order());
        Assert.False(baked.BakedStale);
    }
}
