namespace Optpoline.Policies;

/// <summary>
/// Whether a site is worth a dispatcher. The criteria, in order:
/// <list type="number">
/// <item>Some key is hot: at least <see cref="OptpolineOptions.MinSlotShare"/> of the samples, and
/// resolved to a concrete method (others can never take a slot).</item>
/// <item>The plain path (the baked guards, the JIT's guess) misses at least
/// <see cref="OptpolineOptions.PromoteMissShare"/> of the calls: below that the hop into the
/// dispatcher costs more than it saves. A promoted site stays promoted down to half that
/// (hysteresis). A generic virtual call has no JIT guess, so every call counts as a miss. For class
/// virtual and delegate calls only the missed calls whose target a dispatcher can inline count
/// (<see cref="OptpolineOptions.MaxInlinedTargetSize"/>): such a call is one indirect call already,
/// so a dispatcher that calls a large method directly only adds its own hop.</item>
/// <item>The hottest <see cref="PromotionInput.MaxSlots"/> keys cover <see cref="OptpolineOptions.MinCoverage"/>
/// of the calls; if they cannot, the site is megamorphic.</item>
/// </list>
/// </summary>
internal static class PromotionRule
{
    public static PromotionVerdict Judge(PromotionInput input, OptpolineOptions options)
    {
        var guessShare = PlainPath.Share(input.PlainPath, input.Shares);
        var missShare = 1 - guessShare;
        var guessers = input.HasBakedGuards ? "the baked guards and the JIT's guess" : "the JIT's guess";
        var threshold = input.Promoted ? options.PromoteMissShare / 2 : options.PromoteMissShare;
        var winShare = WinnableShare(input, missShare);
        if (input.Hot.Count == 0 || winShare < threshold)
        {
            var reason = input.Hot.Count == 0 ? "no receiver type is hot enough to take a slot"
                : missShare >= threshold ? $"{guessers} {(input.HasBakedGuards ? "miss" : "misses")} {missShare:P0} of calls, but only {winShare:P0} go to methods small enough for a dispatcher to inline"
                : input.HasBakedGuards ? $"{guessers} cover {guessShare:P0} of calls"
                : $"the JIT's own guess covers {guessShare:P0} of calls";
            return new PromotionVerdict(PromotionOutcome.StayPlain, reason);
        }

        if (input.Hot.Take(input.MaxSlots).Sum(h => h.Share) < options.MinCoverage)
        {
            return new PromotionVerdict(PromotionOutcome.Megamorphic, $"{input.MaxSlots} slots would cover under {options.MinCoverage:P0} of calls");
        }

        return new PromotionVerdict(PromotionOutcome.Promote, $"promoted: {guessers} would miss {missShare:P0} of calls");
    }

    /// <summary>
    /// The share of calls a dispatcher can win: those the plain path misses; where only inlinable
    /// targets count, only the hot keys among them whose target is inlinable.
    /// </summary>
    private static double WinnableShare(PromotionInput input, double missShare) =>
        input.Inlinable is not { } inlinable
            ? missShare
            : Math.Min(missShare, input.Hot.Where(h => !input.PlainPath.Contains(h.Key) && inlinable.Contains(h.Key)).Sum(h => h.Share));
}
