using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Optpoline.Evaluation;

/// <summary>The results as tables: on the console, and as markdown for <c>--markdown</c>.</summary>
internal static class ResultTables
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Write(IAnsiConsole console, EvaluationReport report)
    {
        var table = new Table().Title("base vs Optpoline, operations per second: median (min–max) over runs")
            .AddColumn("Workload").AddColumn(new TableColumn("Base").RightAligned()).AddColumn(new TableColumn("Optpoline").RightAligned())
            .AddColumn(new TableColumn("Ratio").RightAligned()).AddColumn(new TableColumn("Sites promoted").RightAligned()).AddColumn("Checksums");
        foreach (var row in report.Rows)
        {
            var ratio = Format.Ratio(row.Ratio, row.RatioMin, row.RatioMax);
            table.AddRow(
                Markup.Escape(row.Label),
                Format.Rate(row.BaseMedian, row.BaseMin, row.BaseMax),
                Format.Rate(row.OptpolineMedian, row.OptpolineMin, row.OptpolineMax),
                row.Ratio >= 1.0 ? $"[green]{ratio}[/]" : $"[yellow]{ratio}[/]",
                Format.Promoted(row),
                row.ChecksumsAgree ? "agree" : "[red]DIFFER[/]");
        }

        console.Write(table);
        if (report.Phases.Count > 0)
        {
            var phases = new Table().Title("phase-change: each phase after a change, Optpoline against plain; median (min) over changes and runs")
                .AddColumn("Policy").AddColumn(new TableColumn("Phase ratio").RightAligned()).AddColumn(new TableColumn("First 500 ms").RightAligned())
                .AddColumn(new TableColumn("Back to steady").RightAligned()).AddColumn(new TableColumn("Plain back to steady").RightAligned());
            foreach (var phase in report.Phases.Where(p => p.PhaseRatios.Count > 0))
            {
                phases.AddRow(
                    Markup.Escape(PolicyOf(phase)),
                    $"{Format.Number(Statistics.Median(phase.PhaseRatios))}x ({Format.Number(phase.PhaseRatios.Min())})",
                    $"{Format.Number(Statistics.Median(phase.FirstHalfSecondRatios))}x ({Format.Number(phase.FirstHalfSecondRatios.Min())})",
                    $"{Format.Milliseconds(Statistics.Median(phase.RecoveryMilliseconds))} (max {Format.Milliseconds(phase.RecoveryMilliseconds.Max())})",
                    $"{Format.Milliseconds(Statistics.Median(phase.PlainRecoveryMilliseconds))} (max {Format.Milliseconds(phase.PlainRecoveryMilliseconds.Max())})");
            }

            console.Write(phases);
        }

        console.MarkupLine(Markup.Escape($"Machine: {report.Machine}."));
        console.MarkupLine(Markup.Escape($"{report.Runs} run(s) per variant, each a fresh process, interleaved; warm-up {report.WarmupSeconds.ToString(C)} s, measured {report.MeasuredSeconds.ToString(C)} s (phase-change: phases of {report.PhaseSeconds.ToString(C)} s); dynamic PGO {(report.Pgo ? "on" : "off")}."));
        foreach (var problem in report.Problems)
        {
            console.MarkupLine("[red]Problem:[/] " + Markup.Escape(problem));
        }
    }

    private static string PolicyOf(PhaseFigures phase) => phase.Variant.StartsWith("optpoline-", StringComparison.Ordinal) ? phase.Variant["optpoline-".Length..] : phase.Variant;

    public static string Markdown(EvaluationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(C, $"- Machine: {report.Machine}.");
        text.AppendLine(C, $"- Command: `{report.CommandLine}`");
        text.AppendLine(C, $"- Method: {report.Runs} run(s) per variant, each a fresh process (`dotnet Optpoline.Workloads.Runner.dll` for the plain build, the same binaries under `optpoline run` for Optpoline, Jint included), interleaved (the order of the variants alternates from run to run); {report.WarmupSeconds.ToString(C)} s warm-up, {report.MeasuredSeconds.ToString(C)} s measured; the phase-change workload runs one phase of warm-up and phases of {report.PhaseSeconds.ToString(C)} s; dynamic PGO {(report.Pgo ? "on (the default)" : "off")}. Throughput: median (min–max) over runs. Ratio: median over median, in brackets the range of the per-run ratios. Sites promoted: in the woven child at exit (median over runs), of the sites that ran.");
        text.AppendLine();
        text.AppendLine("| Workload | Base ops/s | Optpoline ops/s | Ratio | Sites promoted | Checksums |");
        text.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var row in report.Rows)
        {
            text.AppendLine(C, $"| {row.Label} | {Format.Rate(row.BaseMedian, row.BaseMin, row.BaseMax)} | {Format.Rate(row.OptpolineMedian, row.OptpolineMin, row.OptpolineMax)} | {Format.Ratio(row.Ratio, row.RatioMin, row.RatioMax)} | {Format.Promoted(row)} | {(row.ChecksumsAgree ? "agree" : "**differ**")} |");
        }

        if (report.Phases.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Phase-change workload, change by change (each phase after a change; median (min) over changes and runs; back to steady: from the change until two consecutive buckets reach 90 % of the phase's steady level):");
            text.AppendLine();
            text.AppendLine("| Policy | Phase ratio | First 500 ms ratio | Back to steady | Plain back to steady |");
            text.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var phase in report.Phases.Where(p => p.PhaseRatios.Count > 0))
            {
                text.AppendLine(C, $"| {PolicyOf(phase)} | {Format.Number(Statistics.Median(phase.PhaseRatios))}x ({Format.Number(phase.PhaseRatios.Min())}) | {Format.Number(Statistics.Median(phase.FirstHalfSecondRatios))}x ({Format.Number(phase.FirstHalfSecondRatios.Min())}) | {Format.Milliseconds(Statistics.Median(phase.RecoveryMilliseconds))} (max {Format.Milliseconds(phase.RecoveryMilliseconds.Max())}) | {Format.Milliseconds(Statistics.Median(phase.PlainRecoveryMilliseconds))} (max {Format.Milliseconds(phase.PlainRecoveryMilliseconds.Max())}) |");
            }
        }

        foreach (var problem in report.Problems)
        {
            text.AppendLine();
            text.AppendLine("**Problem:** " + problem);
        }

        text.AppendLine();
        text.AppendLine("## Hottest sites in the woven runs");
        text.AppendLine();
        text.AppendLine("From the last woven run of each workload: its most sampled sites (`OptpolineRuntime.Report()`).");
        foreach (var row in report.Rows.Where(r => r.HotSites.Count > 0))
        {
            text.AppendLine();
            text.AppendLine(C, $"**{row.Label}**");
            text.AppendLine();
            text.AppendLine("| Site | Callee | State: reason | Slots (or samples) | Sampled | Misses |");
            text.AppendLine("|---|---|---|---|---:|---:|");
            foreach (var site in row.HotSites)
            {
                text.AppendLine(C, $"| `{site.Key}` | `{site.Method}` | {site.State}: {site.Reason} | {site.Slots.Replace("|", "\\|", StringComparison.Ordinal)} | {site.Sampled} | {site.Misses} |");
            }
        }

        return text.ToString();
    }
}
