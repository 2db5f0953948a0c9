using Optpoline.Reporting;

namespace Optpoline.Cli.Store;

/// <summary>
/// Merges what one run saw into the stored profile. Pure: the store reads and writes, this decides.
/// </summary>
/// <remarks>
/// <para>
/// A site's latest meaningful observation wins: a run that sampled a site at least
/// <c>minSampledCalls</c> times replaces what the store had for it, so old behaviour fades in one
/// run and new hot types are baked by the next. A run that saw a site too little to tell (or not at
/// all: it was left as compiled) keeps what the store had.
/// </para>
/// <para>
/// Sites are matched by their key, which names the instantiation of a site in generic code as well
/// as the caller and IL offset. A site recorded on another build of an assembly the run loaded is
/// dropped: its offsets and types may mean other things now, so that assembly is learned again,
/// and only that one.
/// </para>
/// </remarks>
internal static class ProfileMerge
{
    /// <summary>A site as weaving names it (several instantiations of a site in generic code share one).</summary>
    public static string OriginKey(SiteOrigin origin) => OriginKey(origin.Assembly, origin.Caller, origin.ILOffset);

    public static string OriginKey(string assembly, string caller, int ilOffset) => $"{assembly}|{caller}|{ilOffset}";

    /// <param name="stored">The store's profile and ledger; null on the first run.</param>
    /// <param name="run">What this run's sites saw.</param>
    /// <param name="builds">Each assembly this run loaded, with the MVID of its build.</param>
    /// <param name="explored">Sites woven this run to explore them (they count as woven, seen or not).</param>
    public static (SiteReport Profile, StoreLedger Ledger, StoreChanges Changes) Merge(
        (SiteReport Profile, StoreLedger Ledger)? stored,
        string app,
        SiteReport run,
        IReadOnlyDictionary<string, Guid> builds,
        IEnumerable<string> explored,
        long minSampledCalls)
    {
        var number = (stored?.Ledger.Runs ?? 0) + 1;
        var rebuilt = new SortedSet<string>(StringComparer.Ordinal);
        var sites = new Dictionary<string, SiteSnapshot>(StringComparer.Ordinal);
        var lastWoven = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var site in stored?.Profile.Sites ?? [])
        {
            if (site.Origin is not { } origin)
            {
                continue;
            }

            if (builds.TryGetValue(origin.Assembly, out var build) && build != origin.ModuleVersionId)
            {
                rebuilt.Add(origin.Assembly);
                continue;
            }

            sites.TryAdd(site.Key, site);
            if (stored!.Value.Ledger.LastWoven.TryGetValue(OriginKey(origin), out var at))
            {
                lastWoven[OriginKey(origin)] = at;
            }
        }

        int fresh = 0, relearned = 0, stale = 0;
        foreach (var site in run.Sites)
        {
            if (site.Origin is not { } origin)
            {
                continue;
            }

            lastWoven[OriginKey(origin)] = number;
            if (!sites.TryGetValue(site.Key, out var known))
            {
                sites[site.Key] = site;
                fresh += site.SampledCalls > 0 ? 1 : 0;
            }
            else if (site.SampledCalls >= minSampledCalls)
            {
                relearned += TopType(known) != TopType(site) ? 1 : 0;
                stale += site.BakedStale ? 1 : 0;
                sites[site.Key] = site;
            }
        }

        foreach (var key in explored)
        {
            lastWoven[key] = number;
        }

        var profile = new SiteReport
        {
            TakenAt = run.TakenAt,
            DynamicCodeSupported = run.DynamicCodeSupported,
            DisabledReason = run.DisabledReason,
            Sites = [.. sites.Values.OrderByDescending(s => s.SampledCalls).ThenBy(s => s.Key, StringComparer.Ordinal)],
        };
        var ledger = new StoreLedger { App = app, Runs = number, LastWoven = lastWoven };
        return (profile, ledger, new StoreChanges(number, fresh, relearned, stale, [.. rebuilt], profile.Sites.Count));
    }

    private static string? TopType(SiteSnapshot site) => site.Samples.OrderByDescending(s => s.Share).FirstOrDefault()?.Type;
}
