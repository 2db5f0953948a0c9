using System.Globalization;
using System.Text;
using Optpoline.Rewriter;

namespace Optpoline.JintBench;

/// <summary>The benchmark's result as markdown: per program, stock and woven throughput, their ratio and the promoted sites.</summary>
internal sealed class ResultTable
{
    /// <summary>Text after this line in an existing result file is kept when the file is rewritten (hand-written notes).</summary>
    public const string NotesMarker = "<!-- notes below are kept when the benchmark rewrites this file -->";

    private const double WholeTarget = 1.10;
    private const double ProgramFloor = 0.98;
    private const double BakedTarget = 1.15;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private ResultTable(string markdown, IReadOnlyList<string> problems)
    {
        Markdown = markdown;
        Problems = problems;
    }

    public string Markdown { get; }

    /// <summary>Results that make the comparison meaningless (a woven engine that computed something else).</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ResultTable Create(BenchOptions options, IReadOnlyList<ChildResult> results, WeaveResult weave, Bake? bake)
    {
        var problems = new List<string>();
        var text = new StringBuilder();
        var command = "dotnet run -c Release --project bench/Optpoline.JintBench" + (options.Arguments.Count == 0 ? "" : " -- " + string.Join(' ', options.Arguments));
        text.AppendLine("# Jint: stock against woven");
        text.AppendLine();
        text.AppendLine(C, $"Stock Jint against the same `Jint.dll` woven by Optpoline's rewriter ({weave.SitesRewritten} of {weave.SitesFound} call sites rewritten), on JavaScript programs of our own ([bench/Optpoline.JintBench/programs](../../bench/Optpoline.JintBench/programs)).");
        text.AppendLine();
        text.AppendLine(C, $"- Machine: {Machine.Describe()}.");
        text.AppendLine(C, $"- Command: `{command}`");
        text.AppendLine(C, $"- Method: each measurement is a fresh process (`Optpoline.JintBench.dll child --variant stock|woven --program NAME`) with default runtime settings (no `OPTPOLINE_` variables). One engine runs the program once, then calls its `run()` over and over: {options.Warmup.TotalSeconds.ToString(C)} s of warm-up, then {options.Measured.TotalSeconds.ToString(C)} s measured. {options.Runs} run(s) per variant, interleaved, rotating which variant goes first (stock, woven; then woven, stock; ...). Throughput is calls of `run()` per second: the median over runs, with (min–max).");
        text.AppendLine("- Woven/stock is the ratio of the medians; in brackets, the range of the per-run ratios (each woven run against the stock run beside it). Promoted: sites in the promoted state in the woven child at the end of its run (median over runs), of the sites that ran; counted by the runtime's `optpoline.sites` gauge, the same figures `OptpolineRuntime.Report()` gives.");
        var withOff = results.Any(r => r.Variant == Variants.Off);
        if (withOff)
        {
            text.AppendLine("- Off: the woven build with the runtime switched off (`OPTPOLINE_ENABLED=0`, `--with-off`): every site stays the plain call behind its shim, so off/stock is what weaving alone costs, and woven/off what learning and promotion add.");
        }

        var withBaked = bake is not null;
        if (bake is not null)
        {
            text.AppendLine(C, $"- Baked (`--with-baked`): stock `Jint.dll` woven again with a profile (issue 6), default `BakeSettings`{(options.LeaveMonomorphic ? " but `LeaveMonomorphicToJit = 0.95` (`--leave-monomorphic`: sites the profile shows with one type in 95 % or more of calls stay unwoven)" : "")}{(options.OnlyProfitable ? " but `WeaveOnlyProfitable` (`--only-profitable`: only calls given guards, calls whose site published a dispatcher while recording, and generic virtual calls are woven; every other call stays as compiled)" : "")}. The profile is the site report of one recording process (`Optpoline.JintBench.dll record`) that ran the woven build over the whole workload ({string.Join(", ", options.Programs)}, each program's `run()` in turn for 25 ms) for {bake.Recorded.TotalSeconds.ToString(C)} s; the measured baked runs are other processes. {bake.Describe()}. Baked/stock and baked/woven are ratios of medians; in brackets, the range of the per-run baked/stock ratios.");
        }

        text.AppendLine();
        text.AppendLine("| Program | Stock ops/s | Woven ops/s | Woven/stock | Promoted sites |" + (withOff ? " Off ops/s | Off/stock | Woven/off |" : "") + (withBaked ? " Baked ops/s | Baked/stock | Baked/woven |" : ""));
        text.AppendLine("|---|---:|---:|---:|---:|" + (withOff ? "---:|---:|---:|" : "") + (withBaked ? "---:|---:|---:|" : ""));

        var ratios = new List<double>();
        foreach (var program in options.Programs)
        {
            var stock = results.Where(r => r.Program == program && r.Variant == Variants.Stock).ToList();
            var woven = results.Where(r => r.Program == program && r.Variant == Variants.Woven).ToList();
            var stockMedian = Statistics.Median(stock.Select(r => r.OpsPerSecond).ToList());
            var wovenMedian = Statistics.Median(woven.Select(r => r.OpsPerSecond).ToList());
            var ratio = wovenMedian / stockMedian;
            ratios.Add(ratio);
            var paired = stock.Zip(woven, (s, w) => w.OpsPerSecond / s.OpsPerSecond).ToList();
            var promoted = Statistics.Median(woven.Select(r => (double)r.Promoted).ToList());
            var sites = Statistics.Median(woven.Select(r => (double)r.Sites).ToList());
            var row = string.Create(C, $"| {program} | {Spread(stock.Select(r => r.OpsPerSecond).ToList(), stockMedian)} | {Spread(woven.Select(r => r.OpsPerSecond).ToList(), wovenMedian)} | {ratio:F3}x ({paired.Min():F2}–{paired.Max():F2}) | {promoted:F0} of {sites:F0} |");
            var off = results.Where(r => r.Program == program && r.Variant == Variants.Off).ToList();
            if (off.Count > 0)
            {
                var offMedian = Statistics.Median(off.Select(r => r.OpsPerSecond).ToList());
                row += string.Create(C, $" {Spread(off.Select(r => r.OpsPerSecond).ToList(), offMedian)} | {offMedian / stockMedian:F3}x | {wovenMedian / offMedian:F3}x |");
            }

            var baked = results.Where(r => r.Program == program && r.Variant == Variants.Baked).ToList();
            if (baked.Count > 0)
            {
                var bakedMedian = Statistics.Median(baked.Select(r => r.OpsPerSecond).ToList());
                var bakedPaired = stock.Zip(baked, (s, b) => b.OpsPerSecond / s.OpsPerSecond).ToList();
                row += string.Create(C, $" {Spread(baked.Select(r => r.OpsPerSecond).ToList(), bakedMedian)} | {bakedMedian / stockMedian:F3}x ({bakedPaired.Min():F2}–{bakedPaired.Max():F2}) | {bakedMedian / wovenMedian:F3}x |");
            }

            text.AppendLine(row);

            var all = stock.Concat(woven).Concat(off).Concat(baked).ToList();
            foreach (var r in all.Where(r => !r.Consistent))
            {
                problems.Add($"{program} ({r.Variant}): run() did not always return the same value.");
            }

            if (all.Select(r => r.Result).Distinct().Count() > 1)
            {
                problems.Add($"{program}: the variants returned different values: {string.Join(" / ", all.Select(r => $"{r.Variant}: {r.Result}").Distinct())}");
            }
        }

        var whole = Statistics.GeometricMean(ratios);
        text.AppendLine(string.Create(C, $"| **whole workload** (geometric mean) | | | **{whole:F3}x** | |") + (withOff ? string.Create(C, $" | **{WholeRatio(results, Variants.Off, Variants.Stock, options):F3}x** | **{WholeRatio(results, Variants.Woven, Variants.Off, options):F3}x** |") : "")
            + (withBaked ? string.Create(C, $" | **{WholeRatio(results, Variants.Baked, Variants.Stock, options):F3}x** | **{WholeRatio(results, Variants.Baked, Variants.Woven, options):F3}x** |") : ""));
        text.AppendLine();
        var below = options.Programs.Zip(ratios).Where(x => x.Second < ProgramFloor).Select(x => x.First).ToList();
        var met = whole >= WholeTarget && below.Count == 0;
        text.AppendLine(string.Create(C, $"Target (issue 3): at least {WholeTarget:F2}x on the whole workload and no program below {ProgramFloor:F2}x. ") +
            (met ? "**Met.**" : string.Create(C, $"**Not met**: whole workload {whole:F3}x") + $"{(below.Count == 0 ? "" : "; below " + ProgramFloor.ToString("F2", C) + "x: " + string.Join(", ", below))}."));
        if (withBaked)
        {
            var bakedWhole = WholeRatio(results, Variants.Baked, Variants.Stock, options);
            text.AppendLine();
            text.AppendLine(string.Create(C, $"Target (issue 6): baked at least {BakedTarget:F2}x stock on the whole workload. ") +
                (bakedWhole >= BakedTarget ? "**Met.**" : string.Create(C, $"**Not met**: {bakedWhole:F3}x.")));
        }

        foreach (var problem in problems)
        {
            text.AppendLine();
            text.AppendLine("**Problem:** " + problem);
        }

        AppendSites(text, options, results);
        AppendBakedSites(text, options, results);
        AppendKeptNotes(text, options.Output);
        return new ResultTable(text.ToString(), problems);
    }

    private static double WholeRatio(IReadOnlyList<ChildResult> results, string variant, string baseline, BenchOptions options) =>
        Statistics.GeometricMean(options.Programs.Select(p =>
            Statistics.Median(results.Where(r => r.Program == p && r.Variant == variant).Select(r => r.OpsPerSecond).ToList())
            / Statistics.Median(results.Where(r => r.Program == p && r.Variant == baseline).Select(r => r.OpsPerSecond).ToList())).ToList());

    private static string Spread(IReadOnlyList<double> values, double median) =>
        values.Count == 1 ? median.ToString("F1", C) : string.Create(C, $"{median:F1} ({values.Min():F1}–{values.Max():F1})");

    private static void AppendSites(StringBuilder text, BenchOptions options, IReadOnlyList<ChildResult> results)
    {
        text.AppendLine();
        text.AppendLine("## Sites in the woven runs");
        text.AppendLine();
        text.AppendLine("At the end of the last woven run of each program, from the child's `optpoline.sites` gauge (the runtime's meter):");
        text.AppendLine();
        string[] states = ["Promoted", "Plain", "Megamorphic", "Learning", "Disabled"];
        text.AppendLine("| Program | Sites | " + string.Join(" | ", states) + " |");
        text.AppendLine("|---|---:|" + string.Concat(states.Select(_ => "---:|")));
        var last = options.Programs.Select(p => results.Last(r => r.Program == p && r.Variant == Variants.Woven)).ToList();
        foreach (var r in last)
        {
            text.AppendLine(string.Create(C, $"| {r.Program} | {r.Sites} | ") + string.Join(" | ", states.Select(s => r.States.GetValueOrDefault(s).ToString(C))) + " |");
        }

        text.AppendLine();
        text.AppendLine("Most sampled sites of the same runs, from `OptpolineRuntime.Report()` (a site samples a burst of calls every sampling period while it runs, so this ranks sites by how long they were active rather than by calls):");
        foreach (var r in last)
        {
            text.AppendLine();
            text.AppendLine(C, $"**{r.Program}**");
            text.AppendLine();
            if (r.Hot is null)
            {
                text.AppendLine(C, $"No report: the child died in `OptpolineRuntime.Report()` ({r.ReportFailure}).");
                continue;
            }

            text.AppendLine("| Site | Callee | State: reason | Slots; samples | Sampled | Misses |");
            text.AppendLine("|---|---|---|---|---:|---:|");
            foreach (var site in r.Hot)
            {
                text.AppendLine(C, $"| `{site.Key}` | `{site.Method}` | {site.State}: {site.Reason} | {site.Slots.Replace("|", "\\|", StringComparison.Ordinal)} | {site.Sampled} | {site.Misses} |");
            }
        }
    }

    private static void AppendBakedSites(StringBuilder text, BenchOptions options, IReadOnlyList<ChildResult> results)
    {
        var last = options.Programs.Select(p => results.LastOrDefault(r => r.Program == p && r.Variant == Variants.Baked)).OfType<ChildResult>().ToList();
        if (last.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine("## Baked guards in the baked runs");
        text.AppendLine();
        text.AppendLine("At the end of the last baked run of each program, from `OptpolineRuntime.Report()`: the baked sites that were sampled (of the baked sites that ran), the share of their sampled calls that a baked guard took (weighted by sampled calls), and the baked sites the runtime marks stale (guards hitting too few calls to pay on their own).");
        text.AppendLine();
        text.AppendLine("| Program | Baked sites sampled | Guard hit share | Stale | Promoted sites |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in last)
        {
            text.AppendLine(r.Baked is { } b
                ? string.Create(C, $"| {r.Program} | {b.Sampled} of {b.Baked} | {b.HitShare:P1} | {b.Stale} | {r.Promoted} of {r.Sites} |")
                : $"| {r.Program} | no report: {r.ReportFailure} | | | |");
        }
    }

    private static void AppendKeptNotes(StringBuilder text, string? output)
    {
        if (output is null || !File.Exists(output))
        {
            return;
        }

        var existing = File.ReadAllText(output);
        var at = existing.IndexOf(NotesMarker, StringComparison.Ordinal);
        if (at >= 0)
        {
            text.AppendLine();
            text.Append(existing[at..]);
        }
    }
}
