namespace Optpoline.Policies;

/// <summary>The order of a dispatcher's guards: hottest first, re-ordered only when a cold guard sits in front of a hot one.</summary>
internal static class SlotOrder
{
    /// <summary>Sorts <paramref name="slots"/> in place, highest share first (the guard order the dispatcher is emitted in).</summary>
    public static void HottestFirst(List<HotTarget> slots) =>
        slots.Sort((a, b) => b.Share.CompareTo(a.Share));

    /// <summary>
    /// Whether a guard that almost never hits (under <paramref name="minSlotShare"/>) sits in front of a
    /// hot one: typically the type that was hot before a phase change. Finer re-ordering is not worth a
    /// new dispatcher: shares of uniformly hot types are noisy.
    /// </summary>
    public static bool Misordered(IReadOnlyList<HotTarget> slots, double minSlotShare)
    {
        var coldSeen = false;
        foreach (var slot in slots)
        {
            var hot = slot.Share >= minSlotShare;
            if (hot && coldSeen)
            {
                return true;
            }

            coldSeen |= !hot;
        }

        return false;
    }
}
