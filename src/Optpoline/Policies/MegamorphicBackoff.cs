namespace Optpoline.Policies;

/// <summary>
/// How long a megamorphic site waits before it samples again: <see cref="OptpolineOptions.MegamorphicBackoff"/>,
/// doubled for every time in a row the site went megamorphic, up to <see cref="OptpolineOptions.MaxMegamorphicBackoff"/>.
/// A site that settles (promoted and steady) starts again from the first delay.
/// </summary>
internal static class MegamorphicBackoff
{
    /// <param name="level">How many times in a row the site has gone megamorphic before this one (0 the first time).</param>
    /// <param name="first">The first delay (<see cref="OptpolineOptions.MegamorphicBackoff"/>).</param>
    /// <param name="max">The cap (<see cref="OptpolineOptions.MaxMegamorphicBackoff"/>).</param>
    public static TimeSpan Delay(int level, TimeSpan first, TimeSpan max) =>
        TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks << Math.Min(level, 30)));
}
