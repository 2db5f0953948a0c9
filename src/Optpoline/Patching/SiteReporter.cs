using System.Runtime.CompilerServices;
using Optpoline.Dispatch;
using Optpoline.Learning;
using Optpoline.Reporting;

namespace Optpoline.Patching;

/// <summary>Snapshots of the sites, for the report and the metrics. Caller holds the patcher's lock.</summary>
internal sealed class SiteReporter(SiteTable sites, UnloadWatcher unloading)
{
    public SiteReport Report(DateTimeOffset takenAt, string? disabledReason, OptpolineOptions options)
    {
        var snapshots = sites.Live().Select(site => Snapshot(site, sites.LearningOf(site), options)).OrderByDescending(s => s.SampledCalls).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        return new SiteReport
        {
            TakenAt = takenAt,
            DynamicCodeSupported = RuntimeFeature.IsDynamicCodeSupported,
            DisabledReason = disabledReason,
            Sites = snapshots,
        };
    }

    /// <summary>Counts for the observable instruments: sites by state, slots in use, misses.</summary>
    public (Dictionary<SiteState, int> ByState, int Slots, long Misses) Totals()
    {
        var byState = Enum.GetValues<SiteState>().ToDictionary(s => s, _ => 0);
        int slots = 0;
        long misses = 0;
        foreach (var site in sites.Live())
        {
            var learning = sites.LearningOf(site);
            byState[learning.State]++;
            slots += learning.Slots.Count;
            misses += site.CurrentMisses;
        }

        return (byState, slots, misses);
    }

    private SiteSnapshot Snapshot(CallSite site, SiteLearning learning, OptpolineOptions options)
    {
        var shares = learning.LastShares.ToDictionary(s => s.Key, s => s.Share);
        var baked = site.BakedTypes.Count == 0 ? null
            : site.BakedTypes.Select(t => Share(site, learning, t, shares.GetValueOrDefault(t))).ToList();
        double? bakedHitShare = baked is null || learning.LastShares.Count == 0 ? null : baked.Sum(b => b.Share);
        return new SiteSnapshot
        {
            Key = site.Key,
            Method = $"{TypeNames.Of(site.Method.DeclaringType!)}.{site.Method.Name}",
            Kind = site.Kind,
            State = learning.State,
            Reason = learning.Reason,
            Capacity = learning.Capacity,
            Slots = learning.Slots.Select(s => new SlotReport(
                s.Target is DelegateTarget delegateTarget ? delegateTarget.Guard : SampleKeys.Name(s.Key),
                $"{TypeNames.Of(s.Target.Implementation.DeclaringType!)}.{s.Target.Implementation.Name}",
                s.Share,
                s.ModifiedAt.GetValueOrDefault())).ToList(),
            Samples = learning.LastShares.Select(s => Share(site, learning, s.Key, s.Share)).ToList(),
            SampledCalls = learning.SampledCalls,
            SampledHitShare = learning.Slots.Sum(s => s.Share),
            Misses = site.CurrentMisses,
            Patches = learning.Patches,
            LastPatchAt = learning.LastPatchAt,
            Origin = site.Origin,
            Baked = baked,
            BakedHitShare = bakedHitShare,

            // Judged on the guards alone: guards that hit fewer calls than a site needs to stay plain
            // no longer describe the traffic, whether the JIT's guess or a dispatcher now makes up for it.
            BakedStale = bakedHitShare < 1 - options.PromoteMissShare,
        };
    }

    /// <summary>
    /// A sample key with its share and, for a receiver type, the ids a rewriter bakes a guard from:
    /// the type, and the method a call with it reaches (resolved here at the latest, ≤16 keys a site).
    /// </summary>
    private TypeShare Share(CallSite site, SiteLearning learning, object key, double share)
    {
        var typeShare = new TypeShare(SampleKeys.Name(key), share);
        if (key is not Type type || site.Kind == CallKind.Delegate)
        {
            return typeShare;
        }

        ResolvedTarget? target;
        try
        {
            target = learning.Targets.Resolve(site, key, unloading);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The report must not fail for one odd type; the patcher itself would meet the same error only if the type grew hot.
            target = null;
        }

        return typeShare with
        {
            Id = TypeIds.Of(type),
            Target = target is { Revoked: false } ? MethodIds.Of(target.Implementation) : null,
            Refusal = learning.Targets.Refusals.GetValueOrDefault(key),
        };
    }
}
