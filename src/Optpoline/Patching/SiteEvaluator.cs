using Optpoline.Policies;
using Optpoline.Telemetry;

namespace Optpoline.Patching;

/// <summary>
/// Turns a site's completed burst into a decision and carries it out: gathers what the policies weigh
/// (shares, hot targets, the plain path), asks them (<see cref="PromotionRule"/>, <see cref="SlotCapacity"/>,
/// <see cref="SlotChooser"/>, <see cref="SlotOrder"/>, <see cref="ThrashRule"/>, <see cref="MegamorphicBackoff"/>),
/// then demotes, backs off or publishes. The policies decide; this class only feeds and applies them.
/// Caller holds the patcher's lock.
/// </summary>
internal sealed class SiteEvaluator(CompileBudget budget, UnloadWatcher unloading)
{
    private enum Verdict
    {
        Done,
        Deferred,
        Megamorphic,
    }

    /// <summary>A site's burst has completed: decide from its decayed samples.</summary>
    public EvaluationOutcome Evaluate(CallSite site, SiteLearning learning, DateTimeOffset now, OptpolineOptions options)
    {
        var samples = site.Samples.Snapshot();
        unloading.WatchDelegateKeys(site);
        learning.Targets.ResolveSampled(site, samples, unloading);
        long total = samples.Sum(s => (long)s.Count);
        learning.Bursts++;
        learning.SampledCalls += options.BurstLength;
        if (total == 0)
        {
            return EvaluationOutcome.NextBurst(now + options.SamplingPeriod);
        }

        // The one place shares are computed: every later reader (policies, slots, report) takes them from here.
        var shares = samples.ConvertAll(s => new KeyShare(s.Key, (double)s.Count / total));
        learning.Observe(shares);
        if (PlainPath.LearnsBaseline(site.Options.PlainCallIsProfiled, site.Kind, learning.CreatedAt, now, options.BaselineWindow)
            && PlainPath.JitGuess(shares, learning.BakedKeys) is { } guess)
        {
            learning.Baseline.Add(guess);
        }

        var verdict = Decide(site, learning, shares, now, options);
        learning.Targets.Trim(shares, learning.Slots);
        if (verdict == Verdict.Deferred)
        {
            // Out of compile budget this tick: keep the samples, try again next tick.
            return EvaluationOutcome.Defer;
        }

        site.Samples.Decay();
        return EvaluationOutcome.NextBurst(verdict == Verdict.Megamorphic ? learning.BackoffUntil : now + options.SamplingPeriod);
    }

    private Verdict Decide(CallSite site, SiteLearning learning, List<KeyShare> shares, DateTimeOffset now, OptpolineOptions options)
    {
        var maxSlots = Math.Min(site.Options.MaxSlots ?? options.MaxSlots, 64);
        var policy = site.Options.Policy ?? options.Policy;
        var promoted = learning.State == SiteState.Promoted;
        var hot = HotTargets(site, learning, shares, options);
        var plain = PlainPath.Keys(shares, learning.BakedKeys, learning.Baseline);
        var inlinable = site.Kind is CallKind.Virtual or CallKind.Delegate && options.MaxInlinedTargetSize != int.MaxValue
            ? hot.Where(h => !plain.Contains(h.Key) && h.Target.IsLikelyInlined(options.MaxInlinedTargetSize)).Select(h => h.Key).ToHashSet()
            : null;

        var verdict = PromotionRule.Judge(new PromotionInput(shares, hot, plain, inlinable, site.BakedTypes.Count > 0, promoted, maxSlots), options);
        if (verdict.Outcome == PromotionOutcome.StayPlain)
        {
            Demote(site, learning, SiteState.Plain, verdict.Reason, now);
            return Verdict.Done;
        }

        if (verdict.Outcome == PromotionOutcome.Megamorphic)
        {
            return GoMegamorphic(site, learning, verdict.Reason, now, options);
        }

        var capacity = SlotCapacity.Fit(hot.Count, learning.Capacity, options.InitialSlots, maxSlots);
        var retrainDue = SlotChooser.RetrainDue(learning.LastRetrainAt, now, options.RetrainPeriod);

        // A slot revoked since it was resolved (a delegate key found to name two methods) goes now;
        // comparing with learning.Slots below then re-publishes without it.
        var current = learning.Slots.FindAll(s => !s.Target.Revoked);
        var sampled = shares.Select(s => s.Key).ToHashSet();
        var slots = SlotChooser.ShedVanished(SlotChooser.Choose(policy, current, hot, capacity, now, retrainDue), sampled);
        if (promoted && SlotChooser.SameKeys(slots, learning.Slots) && !SlotOrder.Misordered(learning.Slots, options.MinSlotShare))
        {
            learning.Capacity = capacity;
            learning.BackoffLevel = 0;
            learning.Reason = "steady";
            return Verdict.Done;
        }

        var bringsNewKey = SlotChooser.BringsNewKey(slots, learning.Slots);
        if (promoted && bringsNewKey)
        {
            var growth = ThrashRule.OnNewType(learning.Repatches, now, capacity, maxSlots, options.ThrashWindow, options.ThrashLimit);
            learning.Repatches = growth.History;
            if (growth.Outcome == GrowthOutcome.Megamorphic)
            {
                return GoMegamorphic(site, learning, $"thrashing at {maxSlots} slots", now, options);
            }

            if (growth.Outcome == GrowthOutcome.Grow)
            {
                capacity = growth.Capacity;
                slots = SlotChooser.Choose(policy, current, hot, capacity, now, retrainDue);
                OptpolineMetrics.RecordGrowth();
            }
        }

        if (!budget.TryTake())
        {
            return Verdict.Deferred;
        }

        SlotOrder.HottestFirst(slots);
        DispatcherPublisher.Publish(site, slots.ConvertAll(s => s.Target), options.MissThreshold, options.MissSampleEvery);
        if (policy == SlotPolicy.PeriodicRetraining && retrainDue)
        {
            learning.LastRetrainAt = now;
        }

        learning.Slots = slots;
        learning.Capacity = capacity;
        learning.State = SiteState.Promoted;
        learning.Reason = !promoted ? verdict.Reason
            : bringsNewKey ? "re-patched: hot types changed"
            : "re-patched: dropped cold slots or re-ordered guards";
        RecordPatch(learning, now, !promoted ? "promote" : bringsNewKey ? "repatch" : "tidy");
        return Verdict.Done;
    }

    /// <summary>The keys with at least <see cref="OptpolineOptions.MinSlotShare"/> that resolve to a slot, most frequent first.</summary>
    private List<HotTarget> HotTargets(CallSite site, SiteLearning learning, List<KeyShare> shares, OptpolineOptions options)
    {
        var hot = new List<HotTarget>();
        foreach (var (key, share) in shares)
        {
            if (share < options.MinSlotShare)
            {
                break;
            }

            if (learning.Targets.Resolve(site, key, unloading) is { Revoked: false } target)
            {
                hot.Add(new HotTarget(target, share));
            }
        }

        return hot;
    }

    /// <summary>Back to the plain call.</summary>
    private static void Demote(CallSite site, SiteLearning learning, SiteState state, string reason, DateTimeOffset now)
    {
        if (learning.State == SiteState.Promoted)
        {
            site.PublishPlain();
            learning.Slots = [];
            RecordPatch(learning, now, "demote");
        }

        learning.State = state;
        learning.Reason = reason;
    }

    private static Verdict GoMegamorphic(CallSite site, SiteLearning learning, string why, DateTimeOffset now, OptpolineOptions options)
    {
        var backoff = MegamorphicBackoff.Delay(learning.BackoffLevel, options.MegamorphicBackoff, options.MaxMegamorphicBackoff);
        learning.BackoffLevel++;
        learning.BackoffUntil = now + backoff;
        Demote(site, learning, SiteState.Megamorphic, $"megamorphic ({why}); next try after {backoff.TotalSeconds:0.#} s", now);
        learning.Capacity = 0;
        learning.Repatches = RepatchHistory.Empty;
        site.Samples.Clear();
        OptpolineMetrics.RecordMegamorphic();
        return Verdict.Megamorphic;
    }

    private static void RecordPatch(SiteLearning learning, DateTimeOffset now, string kind)
    {
        Interlocked.Increment(ref learning.PatchCount);
        learning.LastPatchAt = now;
        OptpolineMetrics.RecordPatch(kind);
    }
}
