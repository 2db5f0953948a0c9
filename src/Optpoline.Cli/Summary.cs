using System.Globalization;
using Optpoline.Rewriter;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>The table <c>optpoline weave</c> prints: sites found, rewritten, and skipped by reason, per assembly.</summary>
internal static class Summary
{
    public static void Write(IAnsiConsole console, IReadOnlyList<WeaveOutcome> outcomes, IReadOnlyList<string> deployed)
    {
        var woven = outcomes.Where(o => o.Result is not null).ToList();
        if (woven.Count > 0)
        {
            console.Write(Table(woven));
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

    private static Table Table(List<WeaveOutcome> woven)
    {
        var c = CultureInfo.InvariantCulture;
        var results = woven.Select(o => o.Result!).ToList();
        var table = new Table()
            .AddColumn("Assembly")
            .AddColumn(new TableColumn("Found").RightAligned())
            .AddColumn(new TableColumn("Rewritten").RightAligned())
            .AddColumn("Skipped, by reason");

        void Row(string name, IReadOnlyList<WeaveResult> rows)
        {
            var skipped = Enum.GetValues<SkipReason>()
                .Select(reason => (reason, count: rows.Sum(r => r.SkippedFor(reason))))
                .Where(x => x.count > 0)
                .OrderByDescending(x => x.count)
                .Select(x => $"{Header(x.reason)} {x.count.ToString(c)}");
            // Of the rewritten sites, how many are delegate invocations and constrained calls.
            var rewritten = rows.Sum(r => r.SitesRewritten).ToString(c)
                + Among(rows.Sum(r => r.DelegateSitesRewritten), "delegate")
                + Among(rows.Sum(r => r.ConstrainedSitesRewritten), "constrained");
            table.AddRow(name, rows.Sum(r => r.SitesFound).ToString(c), rewritten, string.Join("\n", skipped.DefaultIfEmpty("none")));
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
        _ => reason.ToString(),
    };
}
