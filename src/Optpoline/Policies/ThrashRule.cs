namespace Optpoline.Policies;

/// <summary>
/// Thrash detection: re-patching to bring in a new type more than <see cref="OptpolineOptions.ThrashLimit"/>
/// times within <see cref="OptpolineOptions.ThrashWindow"/> doubles the slots (2 → 4 → 8, and the
/// history starts afresh); thrashing at the maximum makes the site megamorphic. Only re-patches
/// that bring in a new type count: shedding cold slots and re-ordering guards are tidying.
/// </summary>
internal static class ThrashRule
{
    public static GrowthDecision OnNewType(RepatchHistory history, DateTimeOffset now, int capacity, int maxSlots, TimeSpan window, int limit)
    {
        history = history.Record(now, window, limit);
        if (!history.IsThrashing(limit))
        {
            return new GrowthDecision(GrowthOutcome.Keep, capacity, history);
        }

        return capacity >= maxSlots
            ? new GrowthDecision(GrowthOutcome.Megamorphic, capacity, history)
            : new GrowthDecision(GrowthOutcome.Grow, Math.Min(capacity * 2, maxSlots), RepatchHistory.Empty);
    }
}
