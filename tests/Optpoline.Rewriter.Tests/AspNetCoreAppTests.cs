using Optpoline.Reporting;
using Optpoline.Rewriter.Loading;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// An ASP.NET Core app under <c>optpoline run</c> and <c>optpoline weave</c>: Kestrel serves on
/// loopback from the <c>Microsoft.AspNetCore.App</c> shared framework, loaded as it is beside the
/// running runtime (or, for a woven folder, by the host), while the app's own assembly is woven.
/// </summary>
public sealed class AspNetCoreAppTests
{
    private static readonly string s_app = Path.Combine(AppContext.BaseDirectory, "webapp", "Optpoline.Rewriter.WebApp.dll");

    [Fact]
    public void Run_AspNetCoreApp_ServesWhatDotnetServesAndWeavesOnlyTheAppsCode()
    {
        using var folder = new TestFolder();
        string[] appArgs = ["--requests", "3000"];

        var plain = ChildProcess.Dotnet([s_app, .. appArgs]);
        var run = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--all", "--no-store", "--report", folder["sites.json"], "--", .. appArgs], ChildProcess.FastLearning);

        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("served 3000, checksum ", plain.Output, StringComparison.Ordinal);
        Assert.Equal(plain.Output, run.Output);
        Assert.Contains("application name: Optpoline.Rewriter.WebApp", run.Output, StringComparison.Ordinal);
        Assert.Contains("optpoline run: Optpoline.Rewriter.WebApp exited with 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 assembly woven as loaded", run.Error, StringComparison.Ordinal);

        // The app's interface call per request has a site; the framework's calls (Kestrel, routing) have none.
        var report = SiteReport.FromJson(File.ReadAllText(folder["sites.json"]));
        Assert.Contains(report.Sites, s => s.Key.StartsWith("Optpoline.Rewriter.WebApp.ShapeCatalog::Describe", StringComparison.Ordinal) && s.Method.Contains("IShape.Area", StringComparison.Ordinal) && s.SampledCalls > 0);
        Assert.All(report.Sites, s => Assert.Equal("Optpoline.Rewriter.WebApp", s.Origin?.Assembly));
    }

    [Fact]
    public void Run_AspNetCoreApp_LearnsAcrossRunsInTheStore()
    {
        using var folder = new TestFolder();
        string[] args = [ChildProcess.Cli, "run", s_app, "--store", folder["store"], "--", "--requests", "1000"];

        var first = ChildProcess.Dotnet(args, ChildProcess.FastLearning);
        var second = ChildProcess.Dotnet(args, ChildProcess.FastLearning);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(first.Output, second.Output);
        Assert.Contains("every call, to learn", first.Error, StringComparison.Ordinal);
        Assert.Contains("from the profile", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Weave_AspNetCoreAppFolder_FindsTheFrameworkByItsRuntimeConfigAndServesTheSame()
    {
        using var folder = new TestFolder();
        var woven = folder["woven"];

        var weave = CliRun.Of("weave", Path.GetDirectoryName(s_app)!, "-o", woven, "--all");

        Assert.True(weave.ExitCode == 0, weave.Output + weave.Error);
        Assert.Contains("Optpoline.Rewriter.WebApp", weave.Output, StringComparison.Ordinal);
        var plain = ChildProcess.Dotnet([s_app]);
        var run = ChildProcess.Dotnet([Path.Combine(woven, Path.GetFileName(s_app))]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(plain.Output, run.Output);
    }

    [Fact]
    public void SharedFramework_AspNetCore_IsTheOneBesideTheRunningRuntime()
    {
        var aspNetCore = SharedFramework.Find("Microsoft.AspNetCore.App", new Version(10, 0));

        Assert.NotNull(aspNetCore);
        Assert.Equal(Environment.Version.Major, aspNetCore.Version.Major);
        Assert.Equal(Path.GetFullPath(Path.Combine(SharedFramework.RunningFolder, "..", "..")), Path.GetFullPath(Path.Combine(aspNetCore.Folder, "..", "..")));
        Assert.True(aspNetCore.Assemblies().ContainsKey("Microsoft.AspNetCore.Server.Kestrel.Core"));
        Assert.Equal(SharedFramework.RunningFolder, SharedFramework.Find(SharedFramework.NetCoreApp)!.Folder);
        Assert.Null(SharedFramework.Find("Optpoline.NotInstalled.App"));
        Assert.Null(SharedFramework.Find("Microsoft.AspNetCore.App", new Version(Environment.Version.Major + 1, 0)));
    }
}
