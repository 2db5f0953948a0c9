namespace Optpoline.Patching;

/// <summary>
/// Decides which sample keys (receiver types, delegate targets) hold the slots of a promoted site, for each <see cref="SlotPolicy"/>.
/// Pure: it gets the current slots and the hot types (most frequent first) and returns the new slots.
/// </summary>
internal static class SlotChooser
{
    public static List<Slot> Choose(SlotPolicy policy, IReadOnlyList<Slot> current, IReadOnlyList<HotType> hot, int capacity, DateTimeOffset now, bool retrainDue)
    {
        if (policy == SlotPolicy.PeriodicRetraining)
        {
            return current.Count > 0 && !retrainDue ? [.. current] : Retrain(current, hot, capacity, now);
        }

        var slots = current.ToList();
        var shares = hot.ToDictionary(h => h.Key, h => h.Share);
        double ShareOf(Slot s) => shares.GetValueOrDefault(s.Key);

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
                slots.Add(new Slot(candidate.Target, now));
                continue;
            }

            // A slot written in this same evaluation is never a victim: hot types arrive hottest first,
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

            slots[slots.IndexOf(victim)] = new Slot(candidate.Target, now);
        }

        return slots;
    }

    private static List<Slot> Retrain(IReadOnlyList<Slot> current, IReadOnlyList<HotType> hot, int capacity, DateTimeOffset now) =>
        hot.Take(capacity)
           .Select(h => current.FirstOrDefault(s => s.Key.Equals(h.Key)) ?? new Slot(h.Target, now))
           .ToList();

    public static bool SameTypes(IReadOnlyList<Slot> a, IReadOnlyList<Slot> b) =>
        a.Count == b.Count && a.All(x => b.Any(y => y.Key.Equals(x.Key)));
}
