using Optpoline.Reporting;

namespace Optpoline.Benchmarks.Baking;

/// <summary>
/// Records the profile a baked build is woven from: the woven build's loop runs on the recording
/// receivers, with the runtime's default settings, until its sites have settled and been quiet for
/// longer than <see cref="Rewriter.Baking.BakeSettings.QuietPeriod"/>; then the runtime's report is taken.
/// </summary>
internal static class ProfileRecorder
{
    /// <summary>Longer than the default bake quiet period (1 s), so a settled site is also a bakeable one.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(1200);

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(8);

    /// <summary>The report's sites of the Sites assembly (not baked), after settling the sites <paramref name="measured"/> gives.</summary>
    public static SiteReport Record(Func<IReadOnlyList<CallSite>> measured, Func<long> loop, string label)
    {
        // The holders are created on first use: make one call so there is something to watch.
        loop();
        var sites = measured();

        WovenSiteSettler.Settle(sites, loop, Quiet, Limit, label + " (recording)");
        var report = OptpolineRuntime.Report();
        return report with
        {
            Sites = report.Sites.Where(s => s.Origin?.Assembly == SitesLibrary.Namespace && s.Baked is null).ToList(),
        };
    }
}
