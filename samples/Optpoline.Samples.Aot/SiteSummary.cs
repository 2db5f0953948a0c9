using System.Globalization;
using System.Text;
using Optpoline.Reporting;

namespace Optpoline.Samples.Aot;

/// <summary>A few lines from the site report: how many sites, in which states, and which carry baked guards.</summary>
internal static class SiteSummary
{
    public static string Of(SiteReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var states = report.Sites.GroupBy(s => s.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
        var baked = report.Sites.Where(s => s.Baked is not null).ToList();
        text.AppendLine(c, $"sites: {report.Sites.Count} ({string.Join(", ", states)}); baked: {baked.Count}, {baked.Sum(s => s.Baked!.Count)} guards");
        if (report.DisabledReason is { } reason)
        {
            text.AppendLine(c, $"  {reason}");
        }

        foreach (var site in report.Sites.Where(s => s.Method.StartsWith(nameof(IShape), StringComparison.Ordinal)
            || s.Method.StartsWith(nameof(Step), StringComparison.Ordinal) || s.Method.StartsWith(nameof(Hasher), StringComparison.Ordinal)))
        {
            var guards = site.Baked is { } types ? "baked [" + string.Join(", ", types.Select(t => ShortName(t.Type))) + "]" : "not baked";
            var slots = site.Slots.Count > 0 ? ", slots [" + string.Join(", ", site.Slots.Select(s => ShortName(s.ReceiverType))) + "]" : "";
            text.AppendLine(c, $"  {site.Method,-22} {site.State,-9} {guards}{slots}");
        }

        return text.ToString();
    }

    private static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];
}
