using System.Runtime.CompilerServices;
using Optpoline.Dispatch;
using Optpoline.Learning;
using Optpoline.Reporting;

namespace Optpoline.Patching;

/// <summary>Snapshots of the sites, for the report and the metrics.</summary>
internal sealed partial class Patcher
{
    public SiteReport Report()
    {
        lock (_gate)
        {
            AdoptNewSites(Time.GetUtcNow());
            var sites = LiveSites().Select(Snapshot).OrderByDescending(s => s.SampledCalls).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
            return new SiteReport
            {
                TakenAt = Time.GetUtcNow(),
                DynamicCodeSupported = RuntimeFeature.IsDynamicCodeSupported,
                DisabledReason = DisabledReason,
                Sites = sites,
            };
        }
    }

    /// <summary>Counts for the observable instruments: sites by state, slots in use, misses.</summary>
    public (Dictionary<SiteState, int> ByState, int Slots, long Misses) Totals()
    {
        lock (_gate)
        {
            AdoptNewSites(Time.GetUtcNow());
            var byState = Enum.GetValues<SiteState>().ToDictionary(s => s, _ => 0);
            int slots = 0;
            long misses = 0;
            foreach (var site in LiveSites())
            {
                byState[site.Learning.State]++;
                slots += site.Learning.Slots.Count;
                misses += site.CurrentMisses;
            }

            return (byState, slots, misses);
        }
    }

    private static SiteSnapshot Snapshot(CallSite site)
    {
        var learning = site.Learning;
        var shares = learning.LastShares.ToDictionary(s => s.Key, s => s.Share);
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
                shares.GetValueOrDefault(s.Key),
                s.ModifiedAt)).ToList(),
            Samples = learning.LastShares.Select(s => new TypeShare(SampleKeys.Name(s.Key), s.Share)).ToList(),
            SampledCalls = learning.SampledCalls,
            SampledHitShare = learning.Slots.Sum(s => shares.GetValueOrDefault(s.Key)),
            Misses = site.CurrentMisses,
            Patches = learning.Patches,
            LastPatchAt = learning.LastPatchAt,
        };
    }
}
