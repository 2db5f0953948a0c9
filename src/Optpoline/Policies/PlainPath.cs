namespace Optpoline.Policies;

/// <summary>
/// What a site's caller handles by itself, before a dispatcher is worth its hop.
/// </summary>
/// <remarks>
/// A shim tests the site's <c>Target</c> first; while that is null its own code runs: the guards
/// baked from a profile, then the plain <c>callvirt</c>, which the JIT's PGO guesses for. The JIT
/// only ever sees the calls that got past the baked guards, so its guess is the type that dominates
/// <em>those</em>; a call either hits a baked guard or, at most, the one guessed type, and the plain
/// path covers the sum. Shares are sorted most frequent first throughout.
/// </remarks>
internal static class PlainPath
{
    /// <summary>
    /// Whether an evaluation at <paramref name="now"/> adds the JIT's guess to the site's baseline: only
    /// a site whose plain call the JIT profiles, while the site is young; never a generic virtual call,
    /// which the JIT does not guess for (so such a site counts every call as a miss).
    /// </summary>
    public static bool LearnsBaseline(bool plainCallIsProfiled, CallKind kind, DateTimeOffset? createdAt, DateTimeOffset now, TimeSpan baselineWindow) =>
        plainCallIsProfiled && kind != CallKind.GenericVirtual && createdAt is { } created && now - created <= baselineWindow;

    /// <summary>
    /// The key the JIT would guess for the plain call from these shares, or null: the one that makes
    /// at least half of the calls reaching the <c>callvirt</c> (those no <paramref name="baked"/> guard takes).
    /// </summary>
    public static object? JitGuess(IReadOnlyList<KeyShare> shares, IReadOnlySet<object> baked)
    {
        var reaching = shares.Where(s => !baked.Contains(s.Key)).ToList();
        var total = reaching.Sum(s => s.Share);
        return reaching.Count > 0 && reaching[0].Share >= 0.5 * total ? reaching[0].Key : null;
    }

    /// <summary>The keys the plain path handles well: the baked ones, and the most frequent of the JIT's guesses (<paramref name="baseline"/>).</summary>
    public static HashSet<object> Keys(IReadOnlyList<KeyShare> shares, IReadOnlySet<object> baked, IReadOnlySet<object> baseline)
    {
        var keys = new HashSet<object>();
        object? guess = null;
        var guessShare = 0.0;
        foreach (var (key, share) in shares)
        {
            if (baked.Contains(key))
            {
                keys.Add(key);
            }
            else if (baseline.Contains(key) && (guess is null || share > guessShare))
            {
                (guess, guessShare) = (key, share);
            }
        }

        if (guess is not null)
        {
            keys.Add(guess);
        }

        return keys;
    }

    /// <summary>The share of calls the plain path handles well.</summary>
    public static double Share(IReadOnlySet<object> plain, IReadOnlyList<KeyShare> shares) =>
        shares.Where(s => plain.Contains(s.Key)).Sum(s => s.Share);
}
