namespace Optpoline.Policies;

/// <summary>
/// The <see cref="PromotionRule"/>'s decision and, in a few words, why: for <see cref="PromotionOutcome.StayPlain"/>
/// the site's reason; for <see cref="PromotionOutcome.Megamorphic"/> what did not fit; for
/// <see cref="PromotionOutcome.Promote"/> the reason a first promotion gives.
/// </summary>
internal sealed record PromotionVerdict(PromotionOutcome Outcome, string Reason);
