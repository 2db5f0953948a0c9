using System.Globalization;
using Optpoline.Reporting;

namespace Optpoline.JintBench;

/// <summary>One of the woven child's most sampled sites, as the runtime's report describes it.</summary>
internal sealed record HotSite(string Key, string Method, string State, string Reason, string Slots, long Sampled, long Misses)
{
    public static HotSite From(SiteSnapshot site)
    {
        var c = CultureInfo.InvariantCulture;
        var slots = site.Slots.Count == 0
            ? $"0/{site.Capacity}"
            : $"{site.Slots.Count}/{site.Capacity}: " + string.Join(", ", site.Slots.Select(s => $"{s.ReceiverType} {s.Share.ToString("P0", c)}"));
        var top = site.Samples.Count == 0 ? "" : "; samples: " + string.Join(", ", site.Samples.Take(4).Select(s => $"{s.Type} {s.Share.ToString("P0", c)}"));
        return new HotSite(site.Key, site.Method, site.State.ToString(), site.Reason, slots + top, site.SampledCalls, site.Misses);
    }
}
