namespace Optpoline.Patching;

/// <summary>
/// What a generated site's caller handles by itself, before a dispatcher is worth its hop.
/// </summary>
/// <remarks>
/// A shim tests the site's <c>Target</c> first; while that is null its own code runs: the guards
/// baked from a profile (<see cref="CallSite.BakedTypes"/>), then the plain <c>callvirt</c>, which the
/// JIT's PGO guesses for. The JIT only ever sees the calls that got past the baked guards, so its
/// guess is the type that dominates <em>those</em>; a call either hits a baked guard or, at most,
/// the one guessed type, and the plain path covers the sum.
/// </remarks>
internal sealed partial class Patcher
{
    /// <summary>The share of calls the shim's plain path handles well: its baked guards, plus the JIT's guess behind them.</summary>
    private static double PlainPathShare(CallSite site, List<(object Key, double Share)> shares)
    {
        double baked = 0;
        double guess = 0;
        foreach (var (key, share) in shares)
        {
            if (IsBaked(site, key))
            {
                baked += share;
            }
            else if (site.Learning.Baseline.Contains(key))
            {
                guess = Math.Max(guess, share);
            }
        }

        return baked + guess;
    }

    /// <summary>
    /// The key the JIT would guess for the plain call from these samples, or null: the one that makes
    /// at least half of the calls reaching the <c>callvirt</c>. <paramref name="shares"/> is sorted, most frequent first.
    /// </summary>
    private static object? JitGuess(CallSite site, List<(object Key, double Share)> shares)
    {
        var reaching = shares.Where(s => !IsBaked(site, s.Key)).ToList();
        var total = reaching.Sum(s => s.Share);
        return reaching.Count > 0 && reaching[0].Share >= 0.5 * total ? reaching[0].Key : null;
    }

    private static bool IsBaked(CallSite site, object key) => key is Type type && site.BakedTypes.Contains(type);
}
