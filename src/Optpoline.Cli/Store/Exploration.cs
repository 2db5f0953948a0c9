using Optpoline.Reporting;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Cli.Store;

/// <summary>
/// Picks the few sites a run weaves adaptively although the stored profile would leave them as
/// compiled, so that a site whose receivers changed since it was last seen is noticed.
/// </summary>
/// <remarks>
/// Candidates are the sites the profile shows no gain for: never promoted, or one type in nearly
/// every call. The budget is small because each explored site costs what any woven call costs;
/// the sites woven longest ago go first (hottest first among equals), so successive runs go round
/// all of them. Sites that never ran while any run recorded are not in the store and are not
/// explored: they stay as compiled.
/// </remarks>
internal static class Exploration
{
    /// <summary>Sites explored per run unless told otherwise.</summary>
    public const int DefaultBudget = 4;

    public static IReadOnlySet<(string Assembly, string Caller, int ILOffset)> Pick(SiteReport profile, StoreLedger ledger, int budget)
    {
        var picked = profile.Sites
            .Where(s => s.Origin is not null && s.Kind != CallKind.GenericVirtual && LeftAsCompiled(s))
            .GroupBy(s => ProfileMerge.OriginKey(s.Origin!))
            .Select(g => (Key: g.Key, Origin: g.First().Origin!, Calls: g.Sum(s => s.SampledCalls), LastWoven: ledger.LastWoven.GetValueOrDefault(g.Key)))
            .OrderBy(c => c.LastWoven)
            .ThenByDescending(c => c.Calls)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, budget))
            .Select(c => (c.Origin.Assembly, c.Origin.Caller, c.Origin.ILOffset));
        return picked.ToHashSet();
    }

    /// <summary>What the profile-guided weave leaves as compiled: no dispatcher ever published, or (nearly) one type.</summary>
    private static bool LeftAsCompiled(SiteSnapshot site) =>
        (site.Patches == 0 && site.State != SiteState.Promoted)
        || site.Samples.Any(s => s.Share >= BakeSettings.MonomorphicShare);
}
