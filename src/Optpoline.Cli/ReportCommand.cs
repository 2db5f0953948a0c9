using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Optpoline.Cli.Store;
using Optpoline.Reporting;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary><c>optpoline report out.json [--top N]</c>: a site report written by the runtime, hottest sites first.</summary>
internal static class ReportCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var file = new Argument<string>("report") { Description = "A report written by 'optpoline run --report', a profile store file, or an app's main assembly (.dll) to print its profile store." };
        var top = new Option<int>("--top") { Description = "Show at most this many sites.", DefaultValueFactory = _ => 50 };
        var store = new Option<string?>("--store") { Description = $"With an app: the profile store's folder (default: ${ProfileStore.Variable}, else {ProfileStore.DefaultFolder})." };
        var command = new Command("report", "Print an Optpoline site report: per assembly, how it was woven and which calls were left as compiled and why; then the sites by heat: caller, callee, state, slots with their type shares, misses, patches, baked guards and whether they still hit.\n\n" + ExitCodes.Help)
        {
            file, top, store,
        };
        command.SetAction(parse => Print(ReportPath(parse.GetValue(file)!, parse.GetValue(store)), parse.GetValue(top), console, error));
        return command;
    }

    /// <summary>The file to print: the argument itself, or, for an app's assembly, its profile store.</summary>
    private static string ReportPath(string argument, string? storeFolder)
    {
        if (!argument.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !argument.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            return argument;
        }

        var path = ProfileStore.For(argument, storeFolder).FilePath;
        return File.Exists(path) ? path : throw new UsageException($"{argument}: no profile store at {path}; 'optpoline run {argument}' makes one.");
    }

    private static int Print(string path, int top, IAnsiConsole console, TextWriter error)
    {
        SiteReport report;
        RunRecord record;
        try
        {
            record = RunRecord.FromJson(File.ReadAllText(path));
            report = record.Report;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"optpoline: error: {path} cannot be read: {e.Message}");
            return File.Exists(path) ? ExitCodes.Io : ExitCodes.Usage;
        }
        catch (JsonException e)
        {
            error.WriteLine($"optpoline: error: {path} is not an Optpoline site report: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var c = CultureInfo.InvariantCulture;
        if (record.Ledger is { } ledger)
        {
            console.MarkupLine(Markup.Escape($"profile store of {ledger.App}: {ledger.Runs.ToString(c)} run(s) merged."));
        }

        if (record.Weaving.Count > 0)
        {
            console.MarkupLine(Markup.Escape(record.Ledger is null ? "What weaving did, per assembly:" : "What weaving did in the last run, per assembly:"));
            console.Write(Summary.Assemblies(record.Weaving));
        }

        console.MarkupLine(Markup.Escape($"{report.Sites.Count} site(s), {report.Sites.Count(s => s.State == SiteState.Promoted)} promoted, taken {report.TakenAt.ToString("u", c)}{(report.DisabledReason is null ? "" : " - " + report.DisabledReason)}"));
        var anyBaked = report.Sites.Any(s => s.Baked is not null);
        var table = new Table().AddColumns("Sampled", "Caller", "Callee", "State", "Slots (share)", "Misses", "Patches");
        if (anyBaked)
        {
            table.AddColumn("Baked guards (share)");
        }

        foreach (var site in report.Sites.OrderByDescending(s => s.SampledCalls).Take(top))
        {
            var slots = site.Slots.Count == 0 ? "-" : string.Join("\n", site.Slots.Select(s => $"{s.ReceiverType} {s.Share.ToString("P0", c)}"));
            var cells = new List<string>
            {
                site.SampledCalls.ToString(c),
                Markup.Escape(site.Key),
                Markup.Escape($"{site.Method} [{site.Kind}]"),
                Markup.Escape($"{site.State}: {site.Reason}"),
                Markup.Escape(slots),
                site.Misses.ToString(c),
                site.Patches.ToString(c),
            };
            if (anyBaked)
            {
                cells.Add(Baked(site, c));
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        return ExitCodes.Ok;
    }

    /// <summary>A baked site's guards with their share of the latest samples, and whether they still take the calls.</summary>
    private static string Baked(SiteSnapshot site, CultureInfo c)
    {
        if (site.Baked is not { } baked)
        {
            return "-";
        }

        var guards = string.Join("\n", baked.Select(b => Markup.Escape($"{b.Type} {b.Share.ToString("P0", c)}")));
        var hit = site.BakedHitShare is { } share ? $"hit {share.ToString("P0", c)}" : "not sampled yet";
        return guards + "\n" + (site.BakedStale ? $"[red]{hit}: stale[/]" : hit);
    }
}
