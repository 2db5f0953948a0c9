namespace Optpoline.Policies;

/// <summary>What the <see cref="PromotionRule"/> weighs for one site at one evaluation.</summary>
/// <param name="Shares">Every sampled key, most frequent first.</param>
/// <param name="Hot">The keys with at least <see cref="OptpolineOptions.MinSlotShare"/> that resolve to a slot, most frequent first.</param>
/// <param name="PlainPath">The keys the caller's plain path handles well (see <see cref="Policies.PlainPath.Keys"/>).</param>
/// <param name="Inlinable">For a class virtual or delegate call under a size limit: the hot keys whose
/// target a dispatcher will likely inline (see <see cref="Dispatch.InlineEstimate"/>). Null when every miss counts.</param>
/// <param name="HasBakedGuards">Whether the caller's shim tests baked guards before the plain call.</param>
/// <param name="Promoted">Whether the site is promoted now (a promoted site has a lower bar: hysteresis).</param>
/// <param name="MaxSlots">The most slots the site may use.</param>
internal sealed record PromotionInput(
    IReadOnlyList<KeyShare> Shares,
    IReadOnlyList<HotTarget> Hot,
    IReadOnlySet<object> PlainPath,
    IReadOnlySet<object>? Inlinable,
    bool HasBakedGuards,
    bool Promoted,
    int MaxSlots);
