using Mono.Cecil;
using Optpoline.Reporting;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// <c>optpoline run app.dll</c>: an unmodified app (its own code, a project library and a NuGet
/// package) runs with its assemblies woven as they load, in a child process as a user would start it.
/// </summary>
public sealed class RunCommandTests
{
    private static readonly string s_app = Path.Combine(AppContext.BaseDirectory, "runapp", "Optpoline.Rewriter.RunApp.dll");

    [Fact]
    public void Run_App_PrintsWhatDotnetPrintsAndReportsPromotedSitesOfItsOwnAssemblies()
    {
        using var folder = new TestFolder();
        var reportPath = folder["sites.json"];
        ChildProcess run = null!;
        SiteReport report = null!;

        // Long enough for the patcher (fast settings) to promote; a loaded machine gets a second, longer try.
        foreach (var workMs in new[] { "2000", "8000" })
        {
            string[] appArgs = ["one", "--work-ms", workMs, "two"];
            var plain = ChildProcess.Dotnet([s_app, .. appArgs]);
            run = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--all", "--no-store", "--report", reportPath, "--", .. appArgs], ChildProcess.FastLearning);

            Assert.True(plain.ExitCode == 0, plain.Error);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal(plain.Output, run.Output);
            Assert.Contains("args: one two", run.Output, StringComparison.Ordinal);
            Assert.Contains("entry assembly: Optpoline.Rewriter.RunApp", run.Output, StringComparison.Ordinal);
            Assert.Contains("base directory holds the app: True", run.Output, StringComparison.Ordinal);
            report = SiteReport.FromJson(File.ReadAllText(reportPath));
            if (report.Sites.Any(s => s.State == SiteState.Promoted))
            {
                break;
            }
        }

        var keys = report.Sites.Select(s => s.Key).ToList();
        Assert.Contains(keys, k => k.StartsWith("Optpoline.Rewriter.RunApp.", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("Optpoline.Rewriter.Fixtures.", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("Jint.", StringComparison.Ordinal));
        var appTypes = TypesOfTheAppsAssemblies();
        Assert.All(keys, k => Assert.Contains(CallerType(k), appTypes));
        Assert.Contains(report.Sites, s => s.State == SiteState.Promoted);
        Assert.Contains("optpoline run: Optpoline.Rewriter.RunApp exited with 0.", run.Error, StringComparison.Ordinal);
        Assert.Contains("4 assemblies woven as loaded", run.Error, StringComparison.Ordinal);
        Assert.Contains("Hottest promoted sites", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.optpoline-tmp"));
    }

    [Fact]
    public void Run_WithAProfileOfAnEarlierRun_BakesItsSitesAndPrintsWhatDotnetPrints()
    {
        using var folder = new TestFolder();
        string[] appArgs = ["--work-ms", "3000"];
        var plain = ChildProcess.Dotnet([s_app, .. appArgs]);
        var recording = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--all", "--no-store", "--report", folder["profile.json"], "--", .. appArgs], ChildProcess.FastLearning);
        Assert.True(recording.ExitCode == 0, recording.Error);

        var baked = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--profile", folder["profile.json"], "--report", folder["baked.json"], "--", "--work-ms", "500"], ChildProcess.FastLearning);

        Assert.True(baked.ExitCode == 0, baked.Error);
        Assert.Equal(ChildProcess.Dotnet([s_app, "--work-ms", "500"]).Output, baked.Output);
        Assert.Equal(plain.Output, recording.Output);
        var report = SiteReport.FromJson(File.ReadAllText(folder["baked.json"]));
        Assert.Contains(report.Sites, s => s.Baked is { Count: > 0 });
    }

    [Fact]
    public void Run_AppReturnsOrExitsWithCode_CommandExitsWithItAndWritesTheReport()
    {
        using var folder = new TestFolder();

        var returned = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--all", "--no-store", "--report", folder["returned.json"], "--", "--exit", "3"]);
        var exited = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--all", "--no-store", "--report", folder["exited.json"], "--", "--environment-exit", "5"]);

        Assert.Equal(3, returned.ExitCode);
        Assert.Contains("exited with 3.", returned.Error, StringComparison.Ordinal);
        Assert.NotEmpty(SiteReport.FromJson(File.ReadAllText(folder["returned.json"])).Sites);
        Assert.Equal(5, exited.ExitCode);
        Assert.Contains("exited with 5 before Main returned", exited.Error, StringComparison.Ordinal);
        Assert.NotEmpty(SiteReport.FromJson(File.ReadAllText(folder["exited.json"])).Sites);
    }

    [Fact]
    public void Run_AppThrows_ExceptionPrintedAsTheRuntimeDoesSameExitCodeAndReportWritten()
    {
        using var folder = new TestFolder();
        var plain = ChildProcess.Dotnet([s_app, "--throw", "boom"]);

        var run = ChildProcess.Dotnet([ChildProcess.Cli, "run", s_app, "--all", "--no-store", "--report", folder["sites.json"], "--throw", "boom"]);

        Assert.NotEqual(0, plain.ExitCode);
        Assert.Equal(plain.ExitCode, run.ExitCode);
        Assert.Equal(plain.Output, run.Output);
        Assert.Contains("Unhandled exception. System.InvalidOperationException: boom", plain.Error, StringComparison.Ordinal);
        Assert.Contains(TraceOf(plain.Error), run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Optpoline.Cli", run.Error, StringComparison.Ordinal);
        Assert.Contains("died of an unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.NotEmpty(SiteReport.FromJson(File.ReadAllText(folder["sites.json"])).Sites);
    }

    [Fact]
    public void Run_MissingFile_IsAUsageError()
    {
        using var folder = new TestFolder();

        var run = CliRun.Of("run", folder["nope.dll"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NotAnAssembly_IsInvalidInput()
    {
        using var folder = new TestFolder();
        File.WriteAllText(folder["app.dll"], "not a PE file");

        var run = CliRun.Of("run", folder["app.dll"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a .NET assembly", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Library_IsInvalidInputNotAnApp()
    {
        var run = CliRun.Of("run", Path.Combine(AppContext.BaseDirectory, "fixtures", "Optpoline.Rewriter.Fixtures.dll"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no entry point", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "runtimeOptions": { "frameworks": [ { "name": "Microsoft.NETCore.App", "version": "10.0.0" }, { "name": "Optpoline.NotInstalled.App", "version": "10.0.0" } ] } }""", "Optpoline.NotInstalled.App 10.0, which is not installed")]
    [InlineData("""{ "runtimeOptions": { "frameworks": [ { "name": "Microsoft.NETCore.App", "version": "10.0.0" }, { "name": "Microsoft.AspNetCore.App", "version": "99.0.0" } ] } }""", "targets Microsoft.AspNetCore.App 99.0, later than")]
    [InlineData("""{ "runtimeOptions": { "framework": { "name": "Microsoft.NETCore.App", "version": "99.0.0" } } }""", "later than")]
    [InlineData("""{ "runtimeOptions": """, "not valid JSON")]
    public void Run_AppTheHostCannotRun_IsInvalidInputAndSaysWhy(string runtimeConfig, string expected)
    {
        using var folder = new TestFolder();
        var app = folder.Copy(Path.Combine("runapp", "Optpoline.Rewriter.RunApp.dll"));
        File.WriteAllText(Path.ChangeExtension(app, ".runtimeconfig.json"), runtimeConfig);

        var run = CliRun.Of("run", app);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportOptionWithoutValue_IsAUsageError()
    {
        var run = CliRun.Of("run", s_app, "--report");

        Assert.Equal(2, run.ExitCode);
    }

    /// <summary>Every type (nested ones as <c>Outer+Inner</c>) of the assemblies in the app's folder: the framework is not there.</summary>
    private static HashSet<string> TypesOfTheAppsAssemblies()
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(s_app)!, "*.dll"))
        {
            using var module = ModuleDefinition.ReadModule(file, new ReaderParameters { InMemory = true });
            types.UnionWith(module.GetTypes().Select(t => t.FullName.Replace('/', '+')));
        }

        return types;
    }

    /// <summary>The caller's type in a site key (<c>Type::Method@IL_0000</c>), without generic arguments.</summary>
    private static string CallerType(string key)
    {
        var type = key[..key.IndexOf("::", StringComparison.Ordinal)];
        var arguments = type.IndexOf('[', StringComparison.Ordinal);
        return arguments < 0 ? type : type[..arguments];
    }

    /// <summary>The runtime's "Unhandled exception." block up to the compiler's synthesized entry point.</summary>
    private static string TraceOf(string error)
    {
        var lines = error.Split('\n').SkipWhile(l => !l.StartsWith("Unhandled exception.", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0 && (l.StartsWith("Unhandled", StringComparison.Ordinal) || l.StartsWith("   at ", StringComparison.Ordinal)));
        var trace = string.Join('\n', lines);
        Assert.Contains("Program.Main", trace, StringComparison.Ordinal);
        return trace;
    }
}
