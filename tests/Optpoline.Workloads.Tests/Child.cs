using System.Diagnostics;

namespace Optpoline.Workloads.Tests;

/// <summary>A <c>dotnet</c> child process run to completion: its exit code and what it printed.</summary>
internal sealed record Child(int ExitCode, string Output, string Error)
{
    /// <summary>Runtime settings under which the real patcher promotes within a test's time.</summary>
    public static readonly IReadOnlyDictionary<string, string> FastLearning = new Dictionary<string, string>
    {
        ["OPTPOLINE_SAMPLING_PERIOD_MS"] = "5",
        ["OPTPOLINE_PATCH_INTERVAL_MS"] = "5",
        ["OPTPOLINE_BASELINE_WINDOW_MS"] = "50",
    };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "cli");

    /// <summary>The <c>optpoline</c> command, with its workloads under children/.</summary>
    public static string Command => Path.Combine(Folder, "Optpoline.Cli.dll");

    public static string Runner => Path.Combine(Folder, "children", "workloads", "Optpoline.Workloads.Runner.dll");

    public static string JintBench => Path.Combine(Folder, "children", "jint", "Optpoline.JintBench.dll");

    public static Child Dotnet(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
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
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} did not exit");
        }

        return new Child(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The JSON after the last line that starts with <paramref name="prefix"/>.</summary>
    public string Line(string prefix)
    {
        var line = Output.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"no {prefix.Trim()} line (exit {ExitCode}):\n{Output}\n{Error}");
        return line[prefix.Length..];
    }
}
