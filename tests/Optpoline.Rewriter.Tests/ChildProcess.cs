using System.Diagnostics;

namespace Optpoline.Rewriter.Tests;

/// <summary>A <c>dotnet</c> child process run to completion: its exit code and what it printed.</summary>
internal sealed record ChildProcess(int ExitCode, string Output, string Error)
{
    /// <summary>Runtime settings under which the real patcher promotes within a test's time (see <see cref="FastLearning"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> FastLearning = new Dictionary<string, string>
    {
        ["OPTPOLINE_SAMPLING_PERIOD_MS"] = "5",
        ["OPTPOLINE_PATCH_INTERVAL_MS"] = "5",
        ["OPTPOLINE_BASELINE_WINDOW_MS"] = "50",
    };

    /// <summary>The <c>optpoline</c> command as the tests' build output holds it.</summary>
    public static string Cli => Path.Combine(AppContext.BaseDirectory, "Optpoline.Cli.dll");

    public static ChildProcess Dotnet(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("OPTPOLINE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} did not exit");
        }

        return new ChildProcess(process.ExitCode, output.Result, error.Result);
    }
}
