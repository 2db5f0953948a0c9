using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Optpoline.Rewriter.Tests;

/// <summary>Weaving a library inside a built app's output folder leaves an app that starts and behaves the same.</summary>
public sealed class AppFolderTests
{
    [Fact]
    public void Weave_LibraryInAppFolderInPlace_AppStillStartsAndPrintsTheSame()
    {
        using var folder = new TestFolder();
        var app = Path.Combine(folder.Path, "app");
        CopyApp(app);
        var expected = RunApp(app);

        var run = CliRun.Of("weave", app, "--in-place", "--all", "--include", "Optpoline.Rewriter.Fixtures");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Optpoline.Rewriter.Fixtures", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app, "Optpoline.dll")));
        var deps = JsonNode.Parse(File.ReadAllText(Path.Combine(app, "Optpoline.Rewriter.App.deps.json")))!;
        Assert.Contains(deps["libraries"]!.AsObject(), l => l.Key.StartsWith("Optpoline/", StringComparison.Ordinal));
        Assert.Equal(expected, RunApp(app));

        var again = CliRun.Of("weave", app, "--in-place");
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Contains("already woven", again.Output, StringComparison.Ordinal);
        Assert.Equal(expected, RunApp(app));
    }

    [Fact]
    public void Weave_AppFolderToOtherFolder_CopiesEverythingAndLeavesInputAlone()
    {
        using var folder = new TestFolder();
        var app = Path.Combine(folder.Path, "app");
        CopyApp(app);
        var before = Directory.GetFiles(app).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var output = Path.Combine(folder.Path, "woven");

        var run = CliRun.Of("weave", app, "-o", output, "--all");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(app).Select(Path.GetFileName).Order());
        Assert.All(Directory.GetFiles(app), f => Assert.Equal(before[Path.GetFileName(f)], File.ReadAllBytes(f)));
        Assert.Equal(RunApp(app), RunApp(output));
    }

    private static void CopyApp(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "app")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static string RunApp(string folder)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Optpoline.Rewriter.App.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the app did not exit");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
