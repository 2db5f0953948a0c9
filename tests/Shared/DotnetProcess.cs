using System.Diagnostics;

namespace Optpoline.Testing;

/// <summary>
/// Runs <c>dotnet</c> as a test's child process, to completion. Linked into the test projects that
/// start children (each wraps it in a record of its own).
/// </summary>
internal static class DotnetProcess
{
    /// <summary>Runtime settings under which the real patcher promotes within a test's time.</summary>
    public static readonly IReadOnlyDictionary<string, string> FastLearning = new Dictionary<string, string>
    {
        ["OPTPOLINE_SAMPLING_PERIOD_MS"] = "5",
        ["OPTPOLINE_PATCH_INTERVAL_MS"] = "5",
        ["OPTPOLINE_BASELINE_WINDOW_MS"] = "50",
    };

    /// <summary>
    /// Where children keep their profile stores unless a test names one: a folder of this test run,
    /// never the user's own store.
    /// </summary>
    public static readonly string StoreFolder = Path.Combine(Path.GetTempPath(), $"optpoline-tests-{Environment.ProcessId}-store");

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="args"/> and, of the <c>OPTPOLINE_</c> variables, only
    /// <paramref name="environment"/>'s (a test's own settings must not leak into the child) and
    /// <c>OPTPOLINE_STORE</c> set to <see cref="StoreFolder"/> unless given; standard input is
    /// closed. Fails the test when the child outlives <paramref name="limit"/>. It runs in
    /// <paramref name="workingDirectory"/>, by default the test's output folder.
    /// </summary>
    public static (int ExitCode, string Output, string Error) Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, string? workingDirectory = null) =>
        Run("dotnet", args, environment, limit, workingDirectory);

    /// <summary>As <see cref="Run(IEnumerable{string}, IReadOnlyDictionary{string, string}?, TimeSpan, string?)"/>, for another program of .NET's, such as a tool's launcher.</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, TimeSpan limit, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("OPTPOLINE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["OPTPOLINE_STORE"] = StoreFolder;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not exit");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
