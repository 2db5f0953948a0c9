using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Optpoline.Reporting;

namespace Optpoline.Evaluation;

/// <summary>
/// Starts one child process per measurement, with default runtime settings (every <c>OPTPOLINE_</c>
/// variable removed; the policy and PGO are the only ones set), and reads what it printed.
/// </summary>
/// <remarks>
/// The plain variant of every workload, Jint included, is <c>dotnet Optpoline.Workloads.Runner.dll</c>;
/// the woven one is the same binaries under <c>optpoline run --report</c>
/// (<c>dotnet Optpoline.Cli.dll run</c>), which weaves them as they load (the runner, the workloads
/// and their packages, such as Jint and its parser) and writes the site report when the child exits.
/// </remarks>
internal sealed class ChildLauncher(ChildPaths paths, EvaluationOptions options, string scratch)
{
    private const int TopSites = 8;
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private int _reports;

    /// <summary>
    /// The first run of the default workflow for <paramref name="workload"/>: unmeasured, for the
    /// usual warm-up and duration, it learns the workload's profile store.
    /// </summary>
    public void Learn(WorkloadSpec workload)
    {
        var (warmup, measured) = Durations(workload);
        var report = Path.Combine(scratch, $"learned-{workload.Name}.json");
        var (exit, output, error) = Start(RunnerArguments(workload, Variant.Default, warmup, measured, report), Variant.Default, TimeSpan.FromSeconds(180) + warmup + measured);
        if (exit != 0 || !Directory.Exists(StorePath(workload)))
        {
            throw new InvalidOperationException($"the first run of {workload.Name} failed (exit {exit}):\n{Tail(output)}\n{Tail(error)}");
        }
    }

    private string StorePath(WorkloadSpec workload) => Path.Combine(scratch, "stores", workload.Name);

    /// <summary>A child's warm-up and measured time: the phase-change workload's are whole phases.</summary>
    private (TimeSpan Warmup, TimeSpan Measured) Durations(WorkloadSpec workload) =>
        workload.IsPhaseChange ? (options.Phase, options.PhaseMeasured) : (options.Warmup, options.Measured);

    public Sample Run(WorkloadSpec workload, Variant variant, int run)
    {
        var reportPath = Path.Combine(scratch, $"report-{++_reports}.json");
        var (warmup, measured) = Durations(workload);

        var (exit, output, error) = Start(RunnerArguments(workload, variant, warmup, measured, reportPath), variant, TimeSpan.FromSeconds(180) + warmup + measured);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var result = lines.LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{workload.Name} ({variant.Name}) printed no result (exit {exit}):\n{Tail(output)}\n{Tail(error)}");
        var sample = FromRunner(workload, variant, run, result["RESULT ".Length..]);
        if (!variant.IsWoven)
        {
            return sample;
        }

        try
        {
            var report = SiteReport.FromJson(File.ReadAllText(reportPath));
            File.Delete(reportPath);
            return sample with
            {
                Promoted = report.Sites.Count(s => s.State == Optpoline.SiteState.Promoted),
                Sites = report.Sites.Count,
                HotSites = [.. report.Sites.OrderByDescending(s => s.SampledCalls).Take(TopSites).Select(SiteLine.From)],
            };
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return sample with { ReportProblem = $"no site report (exit {exit}): {e.Message} {Tail(error, 3)}" };
        }
    }

    private string[] RunnerArguments(WorkloadSpec workload, Variant variant, TimeSpan warmup, TimeSpan measured, string reportPath)
    {
        List<string> app = [workload.Name, "--warmup", Seconds(warmup), "--seconds", Seconds(measured)];
        if (workload.IsPhaseChange)
        {
            app.AddRange(["--phase-seconds", Seconds(options.Phase), "--bucket-ms", "50"]);
        }

        return variant.Control switch
        {
            _ when variant.IsBase => [paths.Runner, .. app],
            VariantControl.Hosted => [paths.Command, "run", paths.Runner, "--no-store", .. paths.RunnerAssemblies.SelectMany(name => new[] { "--exclude", name }), "--", .. app],
            VariantControl.Default => [paths.Command, "run", paths.Runner, "--store", StorePath(workload), "--report", reportPath, "--", .. app],
            _ => [paths.Command, "run", paths.Runner, "--all", "--no-store", "--report", reportPath, "--", .. app],
        };
    }

    private (int Exit, string Output, string Error) Start(IEnumerable<string> arguments, Variant variant, TimeSpan limit)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("OPTPOLINE_", StringComparison.Ordinal) || k == "DOTNET_TieredPGO").ToList())
        {
            start.Environment.Remove(name);
        }

        // A child that forgot --store or --no-store must not learn into the user's own profile store.
        start.Environment["OPTPOLINE_STORE"] = Path.Combine(scratch, "stores", "unnamed");
        if (variant.Policy is { } policy)
        {
            start.Environment["OPTPOLINE_POLICY"] = policy;
        }

        if (variant.Control == VariantControl.Disabled)
        {
            start.Environment["OPTPOLINE_ENABLED"] = "0";
        }

        if (!options.Pgo)
        {
            start.Environment["DOTNET_TieredPGO"] = "0";
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:F0} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static Sample FromRunner(WorkloadSpec workload, Variant variant, int run, string json)
    {
        var result = JsonSerializer.Deserialize<RunnerResult>(json, s_json) ?? throw new JsonException("empty result");
        return new Sample
        {
            Workload = workload.Name,
            Variant = variant.Name,
            Run = run,
            OpsPerSecond = result.Operations / result.Seconds,
            Checksum = result.Checksum,
            BucketMilliseconds = result.BucketMilliseconds,
            Buckets = result.Buckets,
            PhaseChangesMilliseconds = result.PhaseChangesMilliseconds,
            MeasuredFromMilliseconds = result.MeasuredFromMilliseconds,
        };
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Tail(string text, int lines = 15) => string.Join('\n', text.Split('\n').TakeLast(lines));

    /// <summary>The runner's RESULT line.</summary>
    private sealed record RunnerResult(long Operations, double Seconds, string Checksum, double BucketMilliseconds, long[] Buckets, double MeasuredFromMilliseconds, double[] PhaseChangesMilliseconds);
}
