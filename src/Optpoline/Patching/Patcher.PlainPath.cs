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
    /// <summary>The share of calls the shim's plain path handles well (<paramref name="plain"/>: its baked guards, plus the JIT's guess behind them).</summary>
    private static double PlainPathShare(HashSet<object> plain, List<(object Key, double Share)> shares) =>
        shares.Where(s => plain.Contains(s.Key)).Sum(s => s.Share);

    /// <summary>The keys the plain path handles well: the baked ones, and the most frequent of the JIT's guesses.</summary>
    private static HashSet<object> PlainPathKeys(CallSite site, List<(object Key, double Share)> shares)
    {
        var keys = new HashSet<object>();
        object? guess = null;
        var guessShare = 0.0;
        foreach (var (key, share) in shares)
        {
            if (IsBaked(site, key))
            {
                keys.Add(key);
            }
            else if (site.Learning.Baseline.Contains(key) && (guess is null || share > guessShare))
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

    /// <summary>
    /// The share of calls a dispatcher can win: those the plain path misses; for a class virtual or
    /// delegate call, only those among them that go to a target the dispatcher will likely inline
    /// (<see cref="OptpolineOptions.MaxInlinedTargetSize"/>): the plain call is one indirect call
    /// already, so a dispatcher that calls a large method directly only adds its own hop.
    /// </summary>
    private static double WinnableShare(CallSite site, HashSet<object> plain, List<HotType> hot, double missShare, OptpolineOptions options)
    {
        if (site.Kind is not (CallKind.Virtual or CallKind.Delegate) || options.MaxInlinedTargetSize == int.MaxValue)
        {
            return missShare;
        }

        return Math.Min(missShare, hot.Where(h => !plain.Contains(h.Key) && h.Target.IsLikelyInlined(options.MaxInlinedTargetSize)).Sum(h => h.Share));
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
