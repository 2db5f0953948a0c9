using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Optpoline.Evaluation;

/// <summary>
/// Carries out <c>demo</c> and <c>bench</c>: every run measures every workload
/// once per variant, each measurement in its own process, the variants' order alternating from run
/// to run so that drift on a shared machine falls on all of them alike; then the tables, and the
/// files asked for.
/// </summary>
internal sealed class EvaluationRun(EvaluationOptions options, IAnsiConsole console)
{
    public int Execute()
    {
        var paths = ChildPaths.Locate();
        var machine = MachineInfo.Capture();
        console.MarkupLine(Markup.Escape($"optpoline {options.Preset}: {options.Workloads.Count} workloads, {options.Runs} run(s), {options.Children} child processes (base and Optpoline each in its own process, interleaved)."));
        var scratch = Directory.CreateTempSubdirectory("optpoline-bench-");
        try
        {
            var launcher = new ChildLauncher(paths, options, scratch.FullName);
            var samples = new List<Sample>();
            var failures = new List<string>();
            Learn(launcher, failures);

            var plan = Plan().ToList();
            if (console.Profile.Capabilities.Interactive)
            {
                console.Progress()
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(progress =>
                    {
                        var task = progress.AddTask("starting", maxValue: plan.Count);
                        foreach (var (run, workload, variant) in plan)
                        {
                            task.Description = Markup.Escape($"run {run + 1}/{options.Runs}: {workload.Name} {variant.Name}");
                            Measure(launcher, run, workload, variant, samples, failures);
                            task.Increment(1);
                        }
                    });
            }
            else
            {
                var done = 0;
                foreach (var (run, workload, variant) in plan)
                {
                    var clock = Stopwatch.StartNew();
                    var sample = Measure(launcher, run, workload, variant, samples, failures);
                    done++;
                    console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{plan.Count}] run {run + 1} {workload.Name} {variant.Name}: {(sample is null ? "failed" : Format.Rate(sample.OpsPerSecond, sample.OpsPerSecond, sample.OpsPerSecond) + " ops/s")} ({clock.Elapsed.TotalSeconds:F1} s)"));
                }
            }

            var report = EvaluationReport.Create(options, machine.Finished(), samples, failures);
            ResultTables.Write(console, report);
            WriteFiles(report);
            return report.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Draws the charts and writes the markdown again from a report written by <c>--json</c>.</summary>
    public static int Redraw(EvaluationOptions options, string json, IAnsiConsole console)
    {
        EvaluationReport report;
        try
        {
            report = JsonSerializer.Deserialize<EvaluationReport>(File.ReadAllText(json), EvaluationReport.Json) ?? throw new JsonException("empty");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new UsageException($"{json} is not a report written by --json: {e.Message}");
        }

        new EvaluationRun(options with { JsonPath = null }, console).WriteFiles(report);
        return ExitCodes.Ok;
    }

    /// <summary>The first run of the default workflow for each workload, unmeasured, before any measurement: it learns the profile store the measured runs weave from.</summary>
    private void Learn(ChildLauncher launcher, List<string> failures)
    {
        foreach (var workload in options.Workloads.Where(w => options.VariantsOf(w).Contains(Variant.Default)))
        {
            console.MarkupLine(Markup.Escape($"learning {workload.Name} (the default workflow's first run, unmeasured)"));
            try
            {
                launcher.Learn(workload);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
            {
                failures.Add($"{workload.Name} (first run): {e.Message}");
            }
        }
    }

    private IEnumerable<(int Run, WorkloadSpec Workload, Variant Variant)> Plan()
    {
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var workload in options.Workloads)
            {
                var variants = options.VariantsOf(workload).ToList();
                var shift = run % variants.Count;
                foreach (var variant in variants.Skip(shift).Concat(variants.Take(shift)))
                {
                    yield return (run, workload, variant);
                }
            }
        }
    }

    private static Sample? Measure(ChildLauncher launcher, int run, WorkloadSpec workload, Variant variant, List<Sample> samples, List<string> failures)
    {
        try
        {
            var sample = launcher.Run(workload, variant, run);
            samples.Add(sample);
            return sample;
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or IOException or System.ComponentModel.Win32Exception)
        {
            failures.Add($"{workload.Name} ({variant.Name}, run {run + 1}): {e.Message}");
            return null;
        }
    }

    private void WriteFiles(EvaluationReport report)
    {
        if (options.JsonPath is { } json)
        {
            ResultFile.Write(json, JsonSerializer.SerializeToUtf8Bytes(report, EvaluationReport.Json));
            console.MarkupLine(Markup.Escape($"results: {json}"));
        }

        if (options.MarkdownPath is { } markdown)
        {
            ResultFile.Write(markdown, System.Text.Encoding.UTF8.GetBytes(ResultTables.Markdown(report)));
            console.MarkupLine(Markup.Escape($"table: {markdown}"));
        }

        if (options.ChartsDirectory is { } folder)
        {
            foreach (var chart in Charts.Write(report, folder))
            {
                console.MarkupLine(Markup.Escape($"chart: {chart}"));
            }
        }
    }
}
