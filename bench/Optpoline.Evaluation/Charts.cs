using ScottPlot;

namespace Optpoline.Evaluation;

/// <summary>The PNG charts of <c>bench</c>: the ratio per workload, and the phase-change workload's throughput over time.</summary>
internal static class Charts
{
    private static readonly Color[] s_palette = [Colors.Gray, new("#1f77b4"), new("#ff7f0e"), new("#2ca02c"), new("#d62728")];

    /// <summary>Writes the charts into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(EvaluationReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string> { Ratios(report, Path.Combine(folder, "ratios.png")) };
        if (report.Samples.Any(s => s.Workload == WorkloadSpec.PhaseChange))
        {
            written.Add(PhaseTimeline(report, Path.Combine(folder, "phase-change.png")));
            written.Add(PhaseRecovery(report, Path.Combine(folder, "phase-change-recovery.png")));
        }

        return written;
    }

    private static string Ratios(EvaluationReport report, string path)
    {
        var plot = new Plot();
        var rows = report.Rows.Reverse().ToList();
        var bars = rows.Select((row, i) => new Bar
        {
            Position = i,
            Value = row.Ratio,
            ValueBase = 0,
            FillColor = row.Ratio >= 1 ? new Color("#2ca02c") : new Color("#d62728"),
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        // The range of the per-run ratios, as whiskers.
        double[] zeros = [.. rows.Select(_ => 0.0)];
        var range = new ScottPlot.Plottables.ErrorBar(
            [.. rows.Select(r => r.Ratio)],
            [.. rows.Select((_, i) => (double)i)],
            [.. rows.Select(r => double.IsNaN(r.RatioMax) ? 0 : Math.Max(0, r.RatioMax - r.Ratio))],
            [.. rows.Select(r => double.IsNaN(r.RatioMin) ? 0 : Math.Max(0, r.Ratio - r.RatioMin))],
            zeros,
            zeros)
        {
            LineColor = Colors.Black,
            CapSize = 6,
        };
        plot.Add.Plottable(range);
        plot.Add.VerticalLine(1.0, 1.5f, Colors.Black, LinePattern.Dashed);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. rows.Select((_, i) => (double)i)], [.. rows.Select(r => r.Label)]);
        plot.Axes.SetLimitsX(0, Math.Max(1.6, rows.Max(r => double.IsNaN(r.RatioMax) ? r.Ratio : r.RatioMax) * 1.08));
        plot.Title("Optpoline / base throughput: median, whiskers: per-run range");
        plot.XLabel("ratio");
        plot.SavePng(path, 900, 140 + (34 * rows.Count));
        return path;
    }

    private static string PhaseTimeline(EvaluationReport report, string path)
    {
        var plot = new Plot();
        var phase = report.Samples.Where(s => s.Workload == WorkloadSpec.PhaseChange).ToList();
        var variants = phase.Select(s => s.Variant).Distinct().OrderBy(v => v == Variant.Base.Name ? 0 : 1).ToList();
        for (var v = 0; v < variants.Count; v++)
        {
            var (xs, ys) = MedianTimeline(phase.Where(s => s.Variant == variants[v]).ToList());
            var line = plot.Add.ScatterLine(xs, ys, s_palette[v % s_palette.Length]);
            line.LegendText = variants[v] == Variant.Base.Name ? "plain" : Legend(variants[v]);
            line.LineWidth = variants[v] == Variant.Base.Name ? 2.5f : 1.5f;
        }

        foreach (var change in phase.FirstOrDefault()?.PhaseChangesMilliseconds ?? [])
        {
            plot.Add.VerticalLine(change / 1000, 1, Colors.Black.WithAlpha(0.4), LinePattern.Dotted);
        }

        if (phase.FirstOrDefault() is { } first)
        {
            plot.Add.VerticalLine(first.MeasuredFromMilliseconds / 1000, 1, Colors.Black, LinePattern.Dashed);
        }

        plot.Title("phase-change: events per second (median over runs; dotted: changes, dashed: measured from)");
        plot.XLabel("seconds since the start of the warm-up");
        plot.YLabel("million events per second");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 1100, 500);
        return path;
    }

    /// <summary>Throughput around each change, all changes of all runs overlaid as a median: how fast each variant recovers.</summary>
    private static string PhaseRecovery(EvaluationReport report, string path)
    {
        var plot = new Plot();
        var phase = report.Samples.Where(s => s.Workload == WorkloadSpec.PhaseChange).ToList();
        var variants = phase.Select(s => s.Variant).Distinct().OrderBy(v => v == Variant.Base.Name ? 0 : 1).ToList();
        for (var v = 0; v < variants.Count; v++)
        {
            var windows = new List<(double Ms, double Rate)>();
            foreach (var sample in phase.Where(s => s.Variant == variants[v]))
            {
                var size = sample.BucketMilliseconds;
                foreach (var change in sample.PhaseChangesMilliseconds.Where(c => c >= sample.MeasuredFromMilliseconds - size))
                {
                    var first = (int)Math.Floor(change / size) - 4;
                    for (var b = Math.Max(0, first); b < Math.Min(sample.Buckets.Count, first + 24); b++)
                    {
                        windows.Add(((b * size) - change + (size / 2), sample.Buckets[b] / size / 1000));
                    }
                }
            }

            var points = windows.GroupBy(w => Math.Round(w.Ms / 10) * 10).OrderBy(g => g.Key).Select(g => (g.Key, Statistics.Median(g.Select(w => w.Rate)))).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(points.Select(p => p.Key).ToArray(), points.Select(p => p.Item2).ToArray(), s_palette[v % s_palette.Length]);
            line.LegendText = variants[v] == Variant.Base.Name ? "plain" : Legend(variants[v]);
            line.MarkerSize = 4;
        }

        plot.Add.VerticalLine(0, 1, Colors.Black, LinePattern.Dashed);
        plot.Title("phase-change: throughput around a change (median over changes and runs)");
        plot.XLabel("milliseconds from the change");
        plot.YLabel("million events per second");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 900, 450);
        return path;
    }

    private static string Legend(string variant) => variant.StartsWith("optpoline-", StringComparison.Ordinal) ? "Optpoline " + variant["optpoline-".Length..] : variant;

    private static (double[] Xs, double[] Ys) MedianTimeline(List<Sample> samples)
    {
        if (samples.Count == 0)
        {
            return ([], []);
        }

        var size = samples[0].BucketMilliseconds;
        var length = samples.Min(s => LastFull(s));
        var xs = new double[length];
        var ys = new double[length];
        for (var b = 0; b < length; b++)
        {
            xs[b] = ((b * size) + (size / 2)) / 1000;
            ys[b] = Statistics.Median(samples.Select(s => (double)s.Buckets[b])) / size / 1000;
        }

        return (xs, ys);
    }

    /// <summary>Buckets before the last one with operations (which the end of the run cuts short).</summary>
    private static int LastFull(Sample sample)
    {
        var last = sample.Buckets.Count - 1;
        while (last > 0 && sample.Buckets[last] == 0)
        {
            last--;
        }

        return last;
    }
}
