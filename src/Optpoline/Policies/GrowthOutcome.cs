namespace Optpoline.Policies;

/// <summary>What a re-patch that brings in a new type does to a site's size (see <see cref="ThrashRule"/>).</summary>
internal enum GrowthOutcome
{
    /// <summary>Not thrashing: the capacity stands.</summary>
    Keep,

    /// <summary>Thrashing below the maximum: double the slots.</summary>
    Grow,

    /// <summary>Thrashing at the maximum: the site is megamorphic.</summary>
    Megamorphic,
}
