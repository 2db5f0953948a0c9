using System.Globalization;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Baking;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>What <c>optpoline weave</c> prints: per assembly, how it was woven, sites found, rewritten and skipped by reason; the files written.</summary>
internal static class Summary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<WeaveOutcome> outcomes, IReadOnlyList<string> deployed)
    {
        var woven = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        if (woven.Count > 0)
        {
            console.Write(Assemblies(woven));
        }

        foreach (var outcome in outcomes)
        {
            var file = Path.GetFileName(outcome.File);
            if (outcome.Result?.OutputPath is { } written)
            {
                console.MarkupLine(Markup.Escape($"{file} -> {written}{(outcome.Result.SymbolsKept ? " (with symbols)" : "")}"));
            }

            foreach (var note in outcome.Result?.Notes ?? [])
            {
                console.MarkupLine("[yellow]note:[/] " + Markup.Escape($"{file}: {note}"));
            }

            if (outcome.LeftAsIs is { } why)
            {
                console.MarkupLine("[grey]left as is:[/] " + Markup.Escape(why));
            }
        }

        foreach (var line in deployed)
        {
            console.MarkupLine("[grey]runtime:[/] " + Markup.Escape(line));
        }
    }

    /// <summary>
    /// One row per assembly: how it was woven, the calls found, rewritten and left as compiled (by
    /// reason), and what the profile baked. <c>weave</c>, <c>run</c> and <c>report</c> print it.
    /// </summary>
    public static Table Assemblies(IReadOnlyList<WeaveResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table()
            .AddColumn("Assembly")
            .AddColumn("Woven")
            .AddColumn(new TableColumn("Found").RightAligned())
            .AddColumn(new TableColumn("Rewritten").RightAligned())
            .AddColumn("Left as compiled, by reason");
        var baking = results.Any(r => r.SitesBaked > 0 || r.BakeRejected.Count > 0);
        if (baking)
        {
            table.AddColumn("Baked from the profile");
        }

        void Row(string name, IReadOnlyList<WeaveResult> rows)
        {
            var skipped = Enum.GetValues<SkipReason>()
                .Select(reason => (reason, count: rows.Sum(r => r.SkippedFor(reason))))
                .Where(x => x.count > 0)
                .OrderByDescending(x => x.count)
                .Select(x => $"{Header(x.reason)} {x.count.ToString(c)}");
            // Of the rewritten sites, how many are delegate invocations, constrained calls and calls in
            // generic code (then how many of those were skipped, by reason).
            var genericSkipped = Enum.GetValues<SkipReason>()
                .Select(reason => (reason, count: rows.Sum(r => r.GenericSitesSkipped.GetValueOrDefault(reason))))
                .Where(x => x.count > 0)
                .OrderByDescending(x => x.count)
                .Select(x => $"{Header(x.reason)} {x.count.ToString(c)}");
            var rewritten = rows.Sum(r => r.SitesRewritten).ToString(c)
                + Among(rows.Sum(r => r.DelegateSitesRewritten), "delegate")
                + Among(rows.Sum(r => r.ConstrainedSitesRewritten), "constrained")
                + Among(rows.Sum(r => r.GenericSitesRewritten), "in generic code")
                + Among(rows.Sum(r => r.SitesExplored), "explored")
                + (genericSkipped.Any() ? "\nin generic code, skipped:\n" + string.Join("\n", genericSkipped) : "");
            var mode = rows.Count == 1 ? rows[0].Mode : "";
            var cells = new List<string> { name, Markup.Escape(mode), rows.Sum(r => r.SitesFound).ToString(c), rewritten, string.Join("\n", skipped.DefaultIfEmpty("none")) };
            if (baking)
            {
                cells.Add(Baked(rows));
            }

            table.AddRow(cells.ToArray());
        }

        foreach (var result in results)
        {
            Row(Markup.Escape(result.AssemblyName), [result]);
        }

        if (results.Count > 1)
        {
            Row("[bold]total[/]", results);
        }

        return table;
    }

    /// <summary>Sites and guards baked, then profiled sites not baked, by reason.</summary>
    private static string Baked(IReadOnlyList<WeaveResult> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string> { $"{rows.Sum(r => r.SitesBaked).ToString(c)} sites, {rows.Sum(r => r.GuardsBaked).ToString(c)} guards" };
        if (rows.Sum(r => r.GenericSitesBaked) is > 0 and var generic)
        {
            lines.Add($"{generic.ToString(c)} in generic code");
        }

        lines.AddRange(Enum.GetValues<BakeRejection>()
            .Select(reason => (reason, count: rows.Sum(r => r.BakeRejected.GetValueOrDefault(reason))))
            .Where(x => x.count > 0)
            .Select(x => $"not baked, {Header(x.reason)}: {x.count.ToString(c)}"));
        return string.Join("\n", lines);
    }

    private static string Header(BakeRejection reason) => reason switch
    {
        BakeRejection.OtherBuild => "other build",
        BakeRejection.Unstable => "unstable",
        BakeRejection.UnsupportedKind => "delegate/constrained",
        BakeRejection.TypeNotFound => "type not found",
        BakeRejection.NotCallable => "not callable",
        BakeRejection.NotInlinable => "not inlinable",
        BakeRejection.GenericCode => "generic code",
        _ => reason.ToString(),
    };

    private static string Among(int count, string what) => count > 0 ? $"\n{count.ToString(CultureInfo.InvariantCulture)} {what}" : "";

    private static string Header(SkipReason reason) => reason switch
    {
        SkipReason.NotVirtual => "not virtual",
        SkipReason.Final => "final",
        SkipReason.Constrained => "value type",
        SkipReason.GenericContext => "generic ctx",
        SkipReason.UnsupportedSignature => "signature",
        SkipReason.Prefixed => "prefixed",
        SkipReason.Unresolved => "unresolved",
        SkipReason.Excluded => "excluded",
        SkipReason.Monomorphic => "monomorphic (profile)",
        SkipReason.Unprofitable => "no gain (profile)",
        SkipReason.NotProfiled => "not profiled",
        _ => reason.ToString(),
    };
}
