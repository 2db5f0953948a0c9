using System.Globalization;
using Optpoline.Reporting;

namespace Optpoline.Evaluation;

/// <summary>One of a woven child's most sampled sites, in a line: what the results' reading is made of.</summary>
internal sealed record SiteLine(string Key, string Method, string State, string Reason, string Slots, long Sampled, long Misses)
{
    public static SiteLine From(SiteSnapshot site)
    {
        var c = CultureInfo.InvariantCulture;
        var slots = site.Slots.Count == 0
            ? "samples: " + string.Join(", ", site.Samples.Take(4).Select(s => $"{s.Type} {s.Share.ToString("P0", c)}"))
            : string.Join(", ", site.Slots.Select(s => $"{s.ReceiverType} {s.Share.ToString("P0", c)}"));
        return new SiteLine(site.Key, site.Method, site.State.ToString(), site.Reason, slots, site.SampledCalls, site.Misses);
    }
}
