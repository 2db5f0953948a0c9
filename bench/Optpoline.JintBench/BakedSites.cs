using Optpoline.Reporting;

namespace Optpoline.JintBench;

/// <summary>
/// What the baked child's guards did, from <see cref="OptpolineRuntime.Report"/>: the baked sites that
/// were sampled, the share of their sampled calls the guards hit, and how many the runtime calls stale.
/// </summary>
internal sealed record BakedSites(int Baked, int Sampled, double HitShare, int Stale)
{
    public static BakedSites From(SiteReport report)
    {
        var baked = report.Sites.Where(s => s.Baked is not null).ToList();
        var sampled = baked.Where(s => s.BakedHitShare is not null && s.SampledCalls > 0).ToList();
        var calls = sampled.Sum(s => (double)s.SampledCalls);
        var hit = calls == 0 ? 0 : sampled.Sum(s => s.BakedHitShare!.Value * s.SampledCalls) / calls;
        return new BakedSites(baked.Count, sampled.Count, hit, baked.Count(s => s.BakedStale));
    }
}
