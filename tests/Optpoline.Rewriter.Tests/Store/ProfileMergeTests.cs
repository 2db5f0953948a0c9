using Optpoline.Cli.Store;
using Optpoline.Reporting;
using static Optpoline.Rewriter.Tests.Store.StoreSites;

namespace Optpoline.Rewriter.Tests.Store;

/// <summary>How one run's report is merged into the stored profile, and which sites a run explores.</summary>
public sealed class ProfileMergeTests
{
    private const string App = "/apps/shop/Shop.dll";
    private static readonly Dictionary<string, Guid> s_builds = new() { ["Shop"] = BuildA, ["Lib"] = BuildA };

    [Fact]
    public void Merge_FirstRun_StoresEverySiteAsRunOne()
    {
        var run = Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0)), Site("Lib", BuildA, 2, 0));

        var (profile, ledger, changes) = ProfileMerge.Merge(null, App, run, s_builds, [], 512);

        Assert.Equal(2, profile.Sites.Count);
        Assert.Equal((1, App), (ledger.Runs, ledger.App));
        Assert.Equal(1, changes.NewSites);
        Assert.All(profile.Sites, s => Assert.Equal(1, ledger.LastWoven[ProfileMerge.OriginKey(s.Origin!)]));
    }

    [Fact]
    public void Merge_LaterRunWithEnoughSamples_ReplacesTheSiteAndCountsAChangedHotType()
    {
        var first = ProfileMerge.Merge(null, App, Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_builds, [], 512);

        var (profile, ledger, changes) = ProfileMerge.Merge((first.Profile, first.Ledger), App, Report(Site("Shop", BuildA, 1, 2000, ("Square", 0.9), ("Circle", 0.1))), s_builds, [], 512);

        var site = Assert.Single(profile.Sites);
        Assert.Equal("Square", site.Samples[0].Type);
        Assert.Equal((2, 1, 0), (ledger.Runs, changes.Relearned, changes.NewSites));
    }

    [Fact]
    public void Merge_LaterRunThatSawTooLittle_KeepsWhatTheStoreKnew()
    {
        var first = ProfileMerge.Merge(null, App, Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_builds, [], 512);

        var (profile, ledger, changes) = ProfileMerge.Merge((first.Profile, first.Ledger), App, Report(Site("Shop", BuildA, 1, 10, ("Square", 1.0))), s_builds, [], 512);

        Assert.Equal("Circle", Assert.Single(profile.Sites).Samples[0].Type);
        Assert.Equal(0, changes.Relearned);
        Assert.Equal(2, ledger.LastWoven.Values.Single());
    }

    [Fact]
    public void Merge_SiteNotSeenThisRun_IsKept()
    {
        var first = ProfileMerge.Merge(null, App, Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0)), Site("Lib", BuildA, 2, 800, ("Node", 1.0))), s_builds, [], 512);

        var (profile, ledger, _) = ProfileMerge.Merge((first.Profile, first.Ledger), App, Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_builds, [], 512);

        Assert.Equal(2, profile.Sites.Count);
        Assert.Equal(1, ledger.LastWoven[ProfileMerge.OriginKey("Lib", "System.Double Lib.Caller::Run()", 2)]);
    }

    [Fact]
    public void Merge_NewBuildOfOneAssembly_DropsThatAssemblysSitesOnly()
    {
        var first = ProfileMerge.Merge(null, App, Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0)), Site("Lib", BuildA, 2, 800, ("Node", 1.0))), s_builds, [], 512);
        var rebuilt = new Dictionary<string, Guid> { ["Shop"] = BuildA, ["Lib"] = BuildB };

        var (profile, _, changes) = ProfileMerge.Merge((first.Profile, first.Ledger), App, Report(Site("Lib", BuildB, 7, 600, ("Leaf", 1.0))), rebuilt, [], 512);

        Assert.Equal(["Lib"], changes.Rebuilt);
        Assert.Equal([("Lib", BuildB), ("Shop", BuildA)], profile.Sites.Select(s => (s.Origin!.Assembly, s.Origin.ModuleVersionId)).Order());
    }

    [Fact]
    public void Merge_StaleBakedGuards_AreCountedAndReplacedByWhatTheRunSaw()
    {
        var first = ProfileMerge.Merge(null, App, Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_builds, [], 512);
        var stale = Site("Shop", BuildA, 1, 1000, ("Square", 1.0)) with { Baked = [new TypeShare("Circle", 0.0)], BakedHitShare = 0, BakedStale = true };

        var (profile, _, changes) = ProfileMerge.Merge((first.Profile, first.Ledger), App, Report(stale), s_builds, [], 512);

        Assert.Equal(1, changes.Stale);
        Assert.Equal("Square", Assert.Single(profile.Sites).Samples[0].Type);
    }

    [Fact]
    public void Explore_PicksAtMostTheBudgetOfSitesLeftAsCompiledWovenLongestAgoFirst()
    {
        // Twenty monomorphic sites (left as compiled by the profile), one polymorphic (woven anyway).
        var sites = Enumerable.Range(1, 20).Select(i => Site("Shop", BuildA, i, 1000 + i, ("Circle", 1.0))).Append(Site("Shop", BuildA, 99, 5000, ("Circle", 0.5), ("Square", 0.5))).ToArray();
        var (profile, ledger, _) = ProfileMerge.Merge(null, App, Report(sites), s_builds, [], 512);
        var seen = new HashSet<(string, string, int)>();
        for (var run = 0; run < 5; run++)
        {
            var picked = Exploration.Pick(profile, ledger, 8);

            Assert.Equal(8, picked.Count);
            Assert.DoesNotContain(picked, p => p.ILOffset == 99);
            seen.UnionWith(picked);
            (profile, ledger, _) = ProfileMerge.Merge((profile, ledger), App, Report(), s_builds, picked.Select(p => ProfileMerge.OriginKey(p.Assembly, p.Caller, p.ILOffset)), 512);
        }

        // Five runs of eight go round all twenty.
        Assert.Equal(20, seen.Count);
        Assert.Empty(Exploration.Pick(profile, ledger, 0));
    }
}
