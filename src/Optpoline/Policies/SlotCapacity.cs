using System.Numerics;

namespace Optpoline.Policies;

/// <summary>How many slots a promoted site may use ("start small", grow when the hot set does).</summary>
internal static class SlotCapacity
{
    /// <summary>
    /// Sized for the hot set seen now: the next power of two at or above <paramref name="hotCount"/>,
    /// at least <paramref name="initialSlots"/>, never below what the site has (<paramref name="current"/>),
    /// never above <paramref name="maxSlots"/>. A site that learns more hot types after a phase change
    /// grows at once; thrash detection grows it when types keep rotating (<see cref="ThrashRule"/>).
    /// </summary>
    public static int Fit(int hotCount, int current, int initialSlots, int maxSlots)
    {
        var fit = Math.Clamp((int)BitOperations.RoundUpToPowerOf2((uint)hotCount), Math.Min(initialSlots, maxSlots), maxSlots);
        return Math.Min(Math.Max(current, fit), maxSlots);
    }
}
