namespace Optpoline.Policies;

/// <summary>What the <see cref="PromotionRule"/> decides for a site.</summary>
internal enum PromotionOutcome
{
    /// <summary>The plain call serves the site well enough: no dispatcher (a promoted site is demoted).</summary>
    StayPlain,

    /// <summary>Too many types for the slots: back to the plain call and back off.</summary>
    Megamorphic,

    /// <summary>A dispatcher pays: choose its slots.</summary>
    Promote,
}
