namespace Optpoline.Benchmarks;

/// <summary>
/// Which receiver types a call site sees during measurement. Type indices always run from the
/// most frequent type down, so the hot types of every distribution are a prefix of 0..7 and one
/// hand-written type switch over 0..7 is the ideal dispatch for all of them.
/// </summary>
public enum Distribution
{
    /// <summary>One type (0). The JIT's single guarded guess is exactly right.</summary>
    Mono,

    /// <summary>Types 0 and 1, 50/50 in random order.</summary>
    Bi,

    /// <summary>Types 0..3, uniform.</summary>
    Poly4,

    /// <summary>Types 0..3 at 70/15/10/5: one dominant type the JIT's guess covers.</summary>
    Poly4Skewed,

    /// <summary>Types 0..7, uniform.</summary>
    Poly8,

    /// <summary>
    /// Warmed to tier 1 on type 7 alone (so the JIT's guess is frozen on it), then measured on
    /// types 0..2, uniform: the phase change dynamic PGO cannot follow.
    /// </summary>
    Stale,
}
