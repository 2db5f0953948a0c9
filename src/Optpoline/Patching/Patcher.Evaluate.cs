using System.Numerics;
using Optpoline.Dispatch;
using Optpoline.Learning;
using Optpoline.Telemetry;

namespace Optpoline.Patching;

/// <summary>The decisions: promote or not, which slots, grow, back off.</summary>
internal sealed partial class Patcher
{
    private const int MaxResolved = 256;

    /// <summary>
    /// A site's burst has completed: decide from its decayed samples. The criteria, in order:
    /// <list type="number">
    /// <item>Hot types are those with at least <see cref="OptpolineOptions.MinSlotShare"/> of the samples
    /// that the runtime resolves to a concrete method (others can never take a slot).</item>
    /// <item>The JIT's own guess: for a site whose plain path is profiled, the types that dominated
    /// while it was young (<see cref="OptpolineOptions.BaselineWindow"/>). The share of calls that
    /// guess would miss is what a dispatcher can win; below <see cref="OptpolineOptions.PromoteMissShare"/>
    /// the hop into the dispatcher costs more than it saves, so the site stays plain. For class virtual
    /// and delegate calls only the missed calls whose target the dispatcher can inline count
    /// (<see cref="OptpolineOptions.MaxInlinedTargetSize"/>).</item>
    /// <item>The slots must cover <see cref="OptpolineOptions.MinCoverage"/> of the calls, growing
    /// up to the maximum slots; if they cannot, the site is megamorphic.</item>
    /// <item>Re-patching more than <see cref="OptpolineOptions.ThrashLimit"/> times within
    /// <see cref="OptpolineOptions.ThrashWindow"/> doubles the slots; at the maximum it is megamorphic.</item>
    /// </list>
    /// </summary>
    private void Evaluate(CallSite site, DateTimeOffset now, OptpolineOptions options)
    {
        var learning = site.Learning;
        var samples = site.Samples.Snapshot();
        WatchDelegateKeys(site);
        ResolveSampled(site, samples);
        long total = samples.Sum(s => (long)s.Count);
        learning.Bursts++;
        learning.SampledCalls += options.BurstLength;
        if (total == 0)
        {
            Schedule(site, now + options.SamplingPeriod);
            return;
        }

        var shares = samples.Select(s => (s.Key, Share: (double)s.Count / total)).ToList();
        learning.LastShares = shares;
        if (site.Options.PlainCallIsProfiled && site.Kind != CallKind.GenericVirtual
            && learning.CreatedAt is { } created && now - created <= options.BaselineWindow
            && JitGuess(site, shares) is { } guess)
        {
            learning.Baseline.Add(guess);
        }

        var verdict = Decide(site, shares, now, options);
        TrimResolved(learning, shares);
        if (verdict == Verdict.Deferred)
        {
            // Out of compile budget this tick: keep the samples, try again next tick.
            _deferred.Add(site);
            return;
        }

        site.Samples.Decay();
        var next = verdict == Verdict.Megamorphic ? learning.BackoffUntil : now + options.SamplingPeriod;
        Schedule(site, next);
    }

    private enum Verdict
    {
        Done,
        Deferred,
        Megamorphic,
    }

    private Verdict Decide(CallSite site, List<(object Key, double Share)> shares, DateTimeOffset now, OptpolineOptions options)
    {
        var learning = site.Learning;
        var maxSlots = Math.Min(site.Options.MaxSlots ?? options.MaxSlots, 64);
        var policy = site.Options.Policy ?? options.Policy;
        var hot = HotTypes(site, shares, options);

        var plain = PlainPathKeys(site, shares);
        var guessShare = PlainPathShare(plain, shares);
        var missShare = 1 - guessShare;
        var promoted = learning.State == SiteState.Promoted;
        var guessers = site.BakedTypes.Count > 0 ? "the baked guards and the JIT's guess" : "the JIT's guess";

        // Hysteresis: a promoted site stays promoted until its plain path (baked guards, the JIT's guess) would miss half as often as it takes to promote.
        var threshold = promoted ? options.PromoteMissShare / 2 : options.PromoteMissShare;
        var winShare = WinnableShare(site, plain, hot, missShare, options);
        if (hot.Count == 0 || winShare < threshold)
        {
            var reason = hot.Count == 0 ? "no receiver type is hot enough to take a slot"
                : missShare >= threshold ? $"{guessers} {(site.BakedTypes.Count > 0 ? "miss" : "misses")} {missShare:P0} of calls, but only {winShare:P0} go to methods small enough for a dispatcher to inline"
                : site.BakedTypes.Count > 0 ? $"{guessers} cover {guessShare:P0} of calls"
                : $"the JIT's own guess covers {guessShare:P0} of calls";
            return Demote(site, SiteState.Plain, reason, now) ? Verdict.Done : Verdict.Deferred;
        }

        if (hot.Take(maxSlots).Sum(h => h.Share) < options.MinCoverage)
        {
            return GoMegamorphic(site, $"{maxSlots} slots would cover under {options.MinCoverage:P0} of calls", now, options);
        }

        // Size for the hot set seen now ("start small"): a site that learns more hot types after a
        // phase change grows at once; thrash detection below grows it when types keep rotating.
        var fit = Math.Clamp((int)BitOperations.RoundUpToPowerOf2((uint)hot.Count), Math.Min(options.InitialSlots, maxSlots), maxSlots);
        var capacity = Math.Min(Math.Max(learning.Capacity, fit), maxSlots);
        var retrainDue = learning.LastRetrainAt is not { } last || now - last >= options.RetrainPeriod;

        // A slot revoked since it was resolved (a delegate key found to name two methods) goes now;
        // comparing with learning.Slots below then re-publishes without it.
        var current = learning.Slots.FindAll(s => !s.Target.Revoked);
        var slots = SlotChooser.Choose(policy, current, hot, capacity, now, retrainDue);
        var shareOf = shares.ToDictionary(s => s.Key, s => s.Share);
        if (slots.Exists(s => shareOf.ContainsKey(s.Key)))
        {
            // Shed slots whose type has decayed out of the samples altogether, so misses stop paying
            // for their guards. A type that is merely cooling keeps its slot (it is re-ordered below):
            // shedding it would re-patch an alternating workload at every turn.
            slots.RemoveAll(s => !shareOf.ContainsKey(s.Key));
        }

        var sameTypes = SlotChooser.SameTypes(slots, learning.Slots);
        if (promoted && sameTypes && !Misordered(learning.Slots, shareOf, options))
        {
            learning.Capacity = capacity;
            learning.BackoffLevel = 0;
            learning.Reason = "steady";
            return Verdict.Done;
        }

        // Only a re-patch that brings in a new type counts towards thrashing; shedding cold
        // slots and re-ordering guards by frequency are tidying.
        var bringsNewType = slots.Exists(s => !learning.Slots.Exists(old => old.Key.Equals(s.Key)));
        if (promoted && bringsNewType)
        {
            learning.Thrash.Record(now, options.ThrashWindow, options.ThrashLimit);
            if (learning.Thrash.IsThrashing(now, options.ThrashWindow, options.ThrashLimit))
            {
                if (capacity >= maxSlots)
                {
                    return GoMegamorphic(site, $"thrashing at {maxSlots} slots", now, options);
                }

                capacity = Math.Min(capacity * 2, maxSlots);
                learning.Thrash.Reset();
                slots = SlotChooser.Choose(policy, current, hot, capacity, now, retrainDue);
                OptpolineMetrics.RecordGrowth();
            }
        }

        if (_budget <= 0)
        {
            return Verdict.Deferred;
        }

        _budget--;
        slots.Sort((a, b) => shareOf.GetValueOrDefault(b.Key).CompareTo(shareOf.GetValueOrDefault(a.Key)));
        Publish(site, slots.ConvertAll(s => s.Target), options.MissThreshold, options.MissSampleEvery);
        if (policy == SlotPolicy.PeriodicRetraining && retrainDue)
        {
            learning.LastRetrainAt = now;
        }

        learning.Slots = slots;
        learning.Capacity = capacity;
        learning.State = SiteState.Promoted;
        learning.Reason = !promoted ? $"promoted: {guessers} would miss {missShare:P0} of calls"
            : bringsNewType ? "re-patched: hot types changed"
            : "re-patched: dropped cold slots or re-ordered guards";
        RecordPatch(site, now, !promoted ? "promote" : bringsNewType ? "repatch" : "tidy");
        return Verdict.Done;
    }

    /// <summary>
    /// Whether a guard that almost never hits (under <see cref="OptpolineOptions.MinSlotShare"/>) sits in
    /// front of a hot one: typically the type that was hot before a phase change. Finer re-ordering is
    /// not worth a new dispatcher: shares of uniformly hot types are noisy.
    /// </summary>
    private static bool Misordered(List<Slot> slots, Dictionary<object, double> shareOf, OptpolineOptions options)
    {
        var coldSeen = false;
        foreach (var slot in slots)
        {
            var hot = shareOf.GetValueOrDefault(slot.Key) >= options.MinSlotShare;
            if (hot && coldSeen)
            {
                return true;
            }

            coldSeen |= !hot;
        }

        return false;
    }

    private List<HotType> HotTypes(CallSite site, List<(object Key, double Share)> shares, OptpolineOptions options)
    {
        var hot = new List<HotType>();
        foreach (var (key, share) in shares)
        {
            if (share < options.MinSlotShare)
            {
                break;
            }

            if (ResolveCached(site, key) is { Revoked: false } target)
            {
                hot.Add(new HotType(target, share));
            }
        }

        return hot;
    }

    /// <summary>
    /// What a call with this key reaches, resolved once per site and key; null when it can take no
    /// slot, or while the site holds no live receiver of the type to resolve against (that is not
    /// cached: the next burst brings one).
    /// </summary>
    private ResolvedTarget? ResolveCached(CallSite site, object key)
    {
        var learning = site.Learning;
        if (!learning.Resolved.TryGetValue(key, out var target))
        {
            string? refusal;
            if (key is DelegateKey delegateKey)
            {
                target = DelegateTargetResolver.Resolve(site.Method, delegateKey, out refusal);
            }
            else if ((refusal = TargetResolver.Refuse(site.Method, (Type)key)) is null)
            {
                if (site.Specimens?.Find((Type)key) is not { } receiver)
                {
                    return null;
                }

                target = TargetResolver.Resolve(site.Method, receiver, out refusal);
            }

            learning.Resolved[key] = target;
            if (refusal is not null)
            {
                learning.Refusals[key] = refusal;
            }

            WatchUnloading(key, target);
        }

        return target;
    }

    /// <summary>
    /// Resolves every sampled receiver type it holds a specimen of, hot or not (the report names each
    /// sampled type's target, which a profile bakes from), then frees the specimens it no longer needs.
    /// </summary>
    private void ResolveSampled(CallSite site, List<SampleCount> samples)
    {
        if (site.Specimens is not { } specimens)
        {
            return;
        }

        foreach (var sample in samples)
        {
            ResolveCached(site, sample.Key);
        }

        specimens.Release(site.Learning.Resolved.ContainsKey);
    }

    /// <summary>
    /// A delegate key holds its method, and so its load context, from the moment it is interned,
    /// resolved or not: watch them all, so that unloading a plugin makes the site forget its keys.
    /// </summary>
    private void WatchDelegateKeys(CallSite site)
    {
        foreach (var key in site.DelegateKeys?.Keys ?? [])
        {
            WatchUnloading(key, target: null);
        }
    }

    /// <summary>
    /// Keeps the resolution cache bounded: past <see cref="MaxResolved"/> entries, forgets those neither
    /// sampled now nor in a slot. Only sites that meet many keys get there (delegate sites whose
    /// program keeps making new methods, say); a forgotten key that comes back is resolved again.
    /// </summary>
    private static void TrimResolved(SiteLearning learning, List<(object Key, double Share)> shares)
    {
        if (learning.Resolved.Count <= MaxResolved)
        {
            return;
        }

        var keep = shares.Select(s => s.Key).Concat(learning.Slots.Select(s => s.Key)).ToHashSet();
        foreach (var key in learning.Resolved.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            learning.Resolved.Remove(key);
            learning.Refusals.Remove(key);
        }
    }

    /// <summary>Compiles the dispatcher for these slots and hands it to the site, which only publishes it.</summary>
    internal static void Publish(CallSite site, IReadOnlyList<ResolvedTarget> slots, int missThreshold, int missSampleEvery)
    {
        var state = new DispatchState(site, missThreshold);
        site.PublishDispatcher(DispatcherCompiler.CompileFor(site, slots, state, missSampleEvery), state);
    }

    /// <summary>Back to the plain call. Returns false when out of budget (never: publishing null compiles nothing).</summary>
    private bool Demote(CallSite site, SiteState state, string reason, DateTimeOffset now)
    {
        var learning = site.Learning;
        if (learning.State == SiteState.Promoted)
        {
            site.PublishPlain();
            learning.Slots = [];
            RecordPatch(site, now, "demote");
        }

        learning.State = state;
        learning.Reason = reason;
        return true;
    }

    private Verdict GoMegamorphic(CallSite site, string why, DateTimeOffset now, OptpolineOptions options)
    {
        var learning = site.Learning;
        var backoff = TimeSpan.FromTicks(Math.Min(options.MaxMegamorphicBackoff.Ticks, options.MegamorphicBackoff.Ticks << Math.Min(learning.BackoffLevel, 30)));
        learning.BackoffLevel++;
        learning.BackoffUntil = now + backoff;
        Demote(site, SiteState.Megamorphic, $"megamorphic ({why}); next try after {backoff.TotalSeconds:0.#} s", now);
        learning.Capacity = 0;
        learning.Thrash.Reset();
        site.Samples.Clear();
        OptpolineMetrics.RecordMegamorphic();
        return Verdict.Megamorphic;
    }

    private static void RecordPatch(CallSite site, DateTimeOffset now, string kind)
    {
        Interlocked.Increment(ref site.Learning.PatchCount);
        site.Learning.LastPatchAt = now;
        OptpolineMetrics.RecordPatch(kind);
    }
}
