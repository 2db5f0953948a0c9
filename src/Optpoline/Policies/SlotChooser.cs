namespace Optpoline.Policies;

/// <summary>
/// Decides which sample keys (receiver types, delegate targets) hold the slots of a promoted site, for each <see cref="SlotPolicy"/>.
/// Pure: it gets the current slots and the hot keys (most frequent first) and returns the new slots;
/// a key that takes a slot gets <c>now</c> as its <see cref="HotTarget.ModifiedAt"/>.
/// </summary>
internal static class SlotChooser
{
    public static List<HotTarget> Choose(SlotPolicy policy, IReadOnlyList<HotTarget> current, IReadOnlyList<HotTarget> hot, int capacity, DateTimeOffset now, bool retrainDue)
    {
        if (policy == SlotPolicy.PeriodicRetraining)
        {
            return current.Count > 0 && !retrainDue ? [.. current] : Retrain(current, hot, capacity, now);
        }

        var slots = current.ToList();

        // A slot counts only with a hot key's share: one whose key has cooled below hot counts as unused.
        var hotKeys = hot.Select(h => h.Key).ToHashSet();
        double ShareOf(HotTarget s) => hotKeys.Contains(s.Key) ? s.Share : 0;

        // More slots than capacity can only follow a purge or a smaller per-site override: shed the coldest.
        while (slots.Count > capacity)
        {
            slots.Remove(slots.MinBy(ShareOf)!);
        }

        foreach (var candidate in hot)
        {
            if (slots.Exists(s => s.Key.Equals(candidate.Key)))
            {
                continue;
            }

            if (slots.Count < capacity)
            {
                slots.Add(candidate with { ModifiedAt = now });
                continue;
            }

            // A slot written in this same evaluation is never a victim: hot keys arrive hottest first,
            // so a later, colder candidate must not push out an earlier one.
            var victims = slots.Where(s => s.ModifiedAt < now).ToList();
            if (victims.Count == 0)
            {
                break;
            }

            var victim = policy == SlotPolicy.LeastFrequentlyUsed
                ? victims.MinBy(ShareOf)!
                : victims.MinBy(s => s.ModifiedAt)!;

            // LFU only trades up. LRM replaces regardless, as the optpoline thread proposed; if that
            // thrashes, thrash detection grows the site.
            if (policy == SlotPolicy.LeastFrequentlyUsed && ShareOf(victim) >= candidate.Share)
            {
                break;
            }

            slots[slots.IndexOf(victim)] = candidate with { ModifiedAt = now };
        }

        return slots;
    }

    /// <summary>Whether periodic retraining rebuilds the slots now: never retrained yet, or a <paramref name="period"/> since.</summary>
    public static bool RetrainDue(DateTimeOffset? lastRetrainAt, DateTimeOffset now, TimeSpan period) =>
        lastRetrainAt is not { } last || now - last >= period;

    /// <summary>
    /// Drops slots whose key has decayed out of the samples altogether (<paramref name="sampled"/>), so
    /// misses stop paying for their guards; unless no slot's key is sampled at all (a burst of other
    /// types only), when the chosen slots stand. A key that is merely cooling keeps its slot: shedding
    /// it would re-patch an alternating workload at every turn.
    /// </summary>
    public static List<HotTarget> ShedVanished(List<HotTarget> slots, IReadOnlySet<object> sampled) =>
        slots.Exists(s => sampled.Contains(s.Key)) ? slots.FindAll(s => sampled.Contains(s.Key)) : slots;

    public static bool SameKeys(IReadOnlyList<HotTarget> a, IReadOnlyList<HotTarget> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => y.Key.Equals(x.Key)));

    /// <summary>Whether <paramref name="slots"/> hold a key that <paramref name="before"/> did not: only such a re-patch counts towards thrashing.</summary>
    public static bool BringsNewKey(IReadOnlyList<HotTarget> slots, IReadOnlyList<HotTarget> before) =>
        slots.Any(s => !before.Any(old => old.Key.Equals(s.Key)));

    private static List<HotTarget> Retrain(IReadOnlyList<HotTarget> current, IReadOnlyList<HotTarget> hot, int capacity, DateTimeOffset now) =>
        hot.Take(capacity)
           .Select(h => current.FirstOrDefault(s => s.Key.Equals(h.Key)) ?? h with { ModifiedAt = now })
           .ToList();
}
