namespace Optpoline;

/// <summary>Where a call site is in its life.</summary>
public enum SiteState
{
    /// <summary>Sampling receiver types; no decision has been made yet.</summary>
    Learning,

    /// <summary>Learned, and judged better served by the plain call (for example one type the JIT already guesses).</summary>
    Plain,

    /// <summary>Running a generated dispatcher with one or more guarded direct calls.</summary>
    Promoted,

    /// <summary>Too many hot types, or thrashing at the maximum slot count: back on the plain call, backing off before the next try.</summary>
    Megamorphic,

    /// <summary>Never promoted: switched off globally or for this site, or dynamic code is not supported.</summary>
    Disabled,
}
