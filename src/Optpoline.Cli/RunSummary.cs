using System.Globalization;
using Optpoline.Cli.Store;
using Optpoline.Reporting;
using Optpoline.Rewriter.Loading;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>
/// The screen <c>optpoline run</c> prints when the app is done: what was woven, the sites by state,
/// and the hottest promoted sites with their slots.
/// </summary>
internal static class RunSummary
{
    private const int TopSites = 10;
    private const int ListedAsIs = 5;

    /// <param name="store">The profile store's file and what this run changed in it (null changes: not written); null without a store.</param>
    public static void Write(IAnsiConsole console, string appName, string how, IReadOnlyList<LoadedAssembly> loaded, SiteReport report, string? reportPath, (string Path, StoreChanges? Changes)? store)
    {
        var c = CultureInfo.InvariantCulture;
        var woven = loaded.Where(a => a.Woven).ToList();
        var asIs = loaded.Where(a => !a.Woven).ToList();
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"optpoline run: {appName} {how}."));
        console.MarkupLine(Markup.Escape($"{woven.Count} assembl{(woven.Count == 1 ? "y" : "ies")} woven as loaded ({woven.Sum(a => a.Result!.SitesRewritten).ToString(c)} call sites rewritten), {asIs.Count} loaded as built, the framework left alone."));
        foreach (var assembly in asIs.Where(a => a.Result is null).Take(ListedAsIs))
        {
            console.MarkupLine("[grey]as built:[/] " + Markup.Escape($"{assembly.Name}: {assembly.LeftAsIs}"));
        }

        if (asIs.Count > ListedAsIs)
        {
            console.MarkupLine("[grey]as built:[/] " + Markup.Escape($"and {asIs.Count - ListedAsIs} more"));
        }

        var weighed = loaded.Where(a => a.Result is not null).Select(a => a.Result!).ToList();
        if (weighed.Count > 0)
        {
            console.Write(Summary.Assemblies(weighed));
        }

        if (report.DisabledReason is { } disabled)
        {
            console.MarkupLine("[yellow]note:[/] " + Markup.Escape(disabled));
        }

        var states = new Table().AddColumn("Sites").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var state in Enum.GetValues<SiteState>())
        {
            states.AddRow(state.ToString(), report.Sites.Count(s => s.State == state).ToString(c));
        }

        states.AddRow("[bold]total[/]", report.Sites.Count.ToString(c));
        console.Write(states);

        var promoted = report.Sites.Where(s => s.State == SiteState.Promoted).OrderByDescending(s => s.SampledCalls).Take(TopSites).ToList();
        if (promoted.Count > 0)
        {
            var top = new Table()
                .Title(Markup.Escape($"Hottest promoted sites (top {promoted.Count.ToString(c)} by sampled calls)"))
                .AddColumn("Site")
                .AddColumn("Callee")
                .AddColumn("Slots (share)")
                .AddColumn(new TableColumn("Sampled").RightAligned())
                .AddColumn(new TableColumn("Misses").RightAligned());
            foreach (var site in promoted)
            {
                top.AddRow(
                    Markup.Escape(site.Key),
                    Markup.Escape($"{site.Method} [{site.Kind}]"),
                    Markup.Escape(string.Join("\n", site.Slots.Select(s => $"{s.ReceiverType} {s.Share.ToString("P0", c)}"))),
                    site.SampledCalls.ToString(c),
                    site.Misses.ToString(c));
            }

            console.Write(top);
        }

        if (store is { } s)
        {
            console.MarkupLine(Markup.Escape(StoreLine(s.Path, s.Changes, report)));
        }

        if (reportPath is not null)
        {
            console.MarkupLine(Markup.Escape($"report: {Path.GetFullPath(reportPath)} (print it with 'optpoline report {reportPath}')"));
        }
    }

    /// <summary>What the run added to the store, and what the next run will do about it.</summary>
    internal static string StoreLine(string path, StoreChanges? changes, SiteReport report)
    {
        if (changes is null)
        {
            return $"profile store: {path} (not updated)";
        }

        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"profile store: {path}, run {changes.Run.ToString(c)}, {changes.Sites.ToString(c)} sites known.",
            $"learned: {changes.NewSites.ToString(c)} new sites, {changes.Relearned.ToString(c)} whose hottest type changed.",
        };
        if (changes.Stale > 0)
        {
            var stale = report.Sites.Where(s => s.BakedStale).Select(s => s.Key).Take(3);
            lines.Add($"stale: the baked guards of {changes.Stale.ToString(c)} sites stopped hitting (the adaptive site behind them took the calls): the next run bakes what this run saw. {string.Join(", ", stale)}");
        }

        if (changes.Rebuilt.Count > 0)
        {
            lines.Add($"new builds: {string.Join(", ", changes.Rebuilt)}: their old profile was dropped; this run learned them again.");
        }

        lines.Add(changes.Run == 1 ? "next run: weaves from this profile only what it shows pays." : "next run: weaves from the merged profile.");
        return string.Join("\n", lines);
    }
}
