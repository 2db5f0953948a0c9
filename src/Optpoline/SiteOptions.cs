namespace Optpoline;

/// <summary>Overrides for one call site; unset values fall back to the global <see cref="OptpolineOptions"/>.</summary>
public sealed record SiteOptions
{
    /// <summary>Never promote this site: it stays a plain call and is not sampled.</summary>
    public bool NeverPromote { get; init; }

    /// <summary>Maximum slots for this site.</summary>
    public int? MaxSlots { get; init; }

    /// <summary>Slot replacement policy for this site.</summary>
    public SlotPolicy? Policy { get; init; }

    /// <summary>
    /// Whether the site's plain path is compiled by the JIT with dynamic PGO (true for sites the
    /// rewriter generates, whose plain call stays inline in the caller). Such sites are promoted only
    /// when the JIT's own single guess is expected to lose.
    /// </summary>
    public bool PlainCallIsProfiled { get; init; }

    internal static SiteOptions Default { get; } = new();

    internal static SiteOptions FromAttribute(OptpolineSiteAttribute attribute, bool plainCallIsProfiled) => new()
    {
        NeverPromote = attribute.NeverPromote,
        MaxSlots = attribute.MaxSlots > 0 ? attribute.MaxSlots : null,
        Policy = attribute.HasPolicy ? attribute.Policy : null,
        PlainCallIsProfiled = plainCallIsProfiled,
    };
}
