using System.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Optpoline.Reporting;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// Profiles recorded on a woven build, baked into a second weave of the same original: the baked
/// build behaves exactly as the original, the report marks its baked sites, and a profile of another
/// build is rejected.
/// </summary>
public sealed class BakingTests
{
    private const string FixturesPrefix = "Optpoline.Rewriter.Fixtures";

    private static readonly BakeSettings s_eager = new() { MinSampledCalls = 64, QuietPeriod = TimeSpan.Zero, MinCoverage = 0.5 };
    private static readonly BakeSettings s_leaveMonomorphic = s_eager with { LeaveMonomorphicToJit = 0.95 };

    [Fact]
    public void Bake_FixtureProfile_BakesHotSitesAndBehavesAsTheOriginal()
    {
        using var folder = new TestFolder();
        var (original, expected, profile) = RecordProfile(folder);

        var baked = Path.Combine(folder.Path, "baked", Fixtures.FileName);
        var result = AssemblyWeaver.Weave(original, baked, new WeaveOptions { Profile = BakeProfile.FromReport(profile, s_eager) });

        Assert.True(result.SitesBaked > 0, $"nothing baked; rejected: {string.Join(", ", result.BakeRejected)}");
        Assert.True(result.GuardsBaked >= result.SitesBaked);
        using var run = new FixtureRun(baked, "baked");
        Assert.Empty(run.PrepareAll());
        Assert.Equal(expected, run.Run());
        run.Hot(2_000);
        Assert.Equal(expected, run.Run());
    }

    [Fact]
    public void Bake_BakedSites_ReportTheirGuardsAndHitShare()
    {
        using var folder = new TestFolder();
        var (original, _, profile) = RecordProfile(folder);
        var baked = Path.Combine(folder.Path, "baked", Fixtures.FileName);
        AssemblyWeaver.Weave(original, baked, new WeaveOptions { Profile = BakeProfile.FromReport(profile, s_eager) });

        using var run = new FixtureRun(baked, "baked-report");
        var clock = Stopwatch.StartNew();
        SiteSnapshot[] bakedSites = [];
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && !bakedSites.Any(s => s.SampledCalls >= 256 && s.BakedHitShare is not null))
        {
            run.Hot(2_000);
            bakedSites = OptpolineRuntime.Report().Sites.Where(s => s.Baked is not null && s.Key.StartsWith(FixturesPrefix, StringComparison.Ordinal)).ToArray();
        }

        // A site's hit share is known once a burst has brought samples (null before: not sampled yet, not stale).
        var sampled = bakedSites.Where(s => s.SampledCalls >= 256 && s.BakedHitShare is not null).ToArray();
        Assert.NotEmpty(sampled);

        // Same receivers as when the profile was recorded: the baked guards take most calls.
        Assert.Contains(sampled, s => s.BakedHitShare >= 0.5);
        Assert.All(sampled, s => Assert.Equal(s.Baked!.Sum(b => b.Share), s.BakedHitShare!.Value, 3));
    }

    [Fact]
    public void Bake_ProfileOfAnotherBuild_IsRejectedSiteBySite()
    {
        using var folder = new TestFolder();
        var (original, _, profile) = RecordProfile(folder);
        var otherBuild = profile with
        {
            Sites = profile.Sites.Select(s => s with { Origin = s.Origin! with { ModuleVersionId = Guid.NewGuid() } }).ToList(),
        };

        var result = AssemblyWeaver.Weave(original, Path.Combine(folder.Path, "other", Fixtures.FileName), new WeaveOptions { Profile = BakeProfile.FromReport(otherBuild, s_eager) });

        Assert.Equal(0, result.SitesBaked);
        // Other tests' woven copies of the fixtures report the same sites: one rejection per distinct site.
        var distinctSites = otherBuild.Sites.Select(s => (s.Origin!.Caller, s.Origin.ILOffset)).Distinct().Count();
        Assert.Equal(distinctSites, result.BakeRejected.GetValueOrDefault(BakeRejection.OtherBuild));
        Assert.Equal(distinctSites, result.BakeRejected.Values.Sum());
        Assert.Contains(result.Notes, n => n.Contains("recorded on another build", StringComparison.Ordinal));
    }

    [Fact]
    public void Bake_ReceiverTypeOfAnotherBuild_IsNotBaked()
    {
        using var folder = new TestFolder();

        // Wait for a site that would be baked (the hot loop's plain interface call): the first
        // well-sampled site can be a delegate or constrained. site, which is never baked at all.
        var (original, _, profile) = RecordProfile(folder, IsLoopWithTargets);
        var otherTypes = profile with
        {
            Sites = profile.Sites.Select(s => s with { Samples = s.Samples.Select(t => t with { Id = t.Id! with { ModuleVersionId = Guid.NewGuid() } }).ToList() }).ToList(),
        };

        var result = AssemblyWeaver.Weave(original, Path.Combine(folder.Path, "other", Fixtures.FileName), new WeaveOptions { Profile = BakeProfile.FromReport(otherTypes, s_eager) });

        Assert.Equal(0, result.SitesBaked);
        Assert.True(result.BakeRejected.GetValueOrDefault(BakeRejection.TypeNotFound) > 0);
    }

    [Fact]
    public void Bake_MonomorphicSite_IsLeftToTheJitUnlessAskedToBakeIt()
    {
        using var folder = new TestFolder();
        var (original, expected, profile) = RecordProfile(folder, IsLoopWithTargets);

        // The hot loop's interface call: a plain callvirt (a constrained. call in generic code also
        // reports the interface kind, but the rewriter gives it another shim and never bakes it).
        // Other tests' woven copies of the fixtures may report the same site: any one of them will do.
        var site = profile.Sites.First(IsLoopWithTargets);
        Assert.Equal(CallKind.Interface, site.Kind);
        var mono = Monomorphic(site);

        var (left, leftPath) = WeaveWithOneSite(folder, original, profile, mono, "left", s_leaveMonomorphic);
        var (baked, _) = WeaveWithOneSite(folder, original, profile, mono, "baked", s_eager);

        Assert.Equal(1, left.SkippedFor(SkipReason.Monomorphic));
        Assert.Equal(0, left.SitesBaked);
        Assert.Equal(0, baked.SkippedFor(SkipReason.Monomorphic));
        Assert.Equal((1, 1), (baked.SitesBaked, baked.GuardsBaked));
        using var run = new FixtureRun(leftPath, "left-to-jit");
        Assert.Equal(expected, run.Run());
    }

    [Fact]
    public void Bake_MonomorphicDelegateSite_IsLeftToTheJit()
    {
        using var folder = new TestFolder();
        var (original, expected, profile) = RecordProfile(folder);

        // The profile of DelegateCalls.Apply(Func<int, string>, int)'s f(n), made monomorphic: the
        // loop site's snapshot moved to that call (the baker reads only the origin, kind, state and shares).
        string caller;
        int offset;
        using (var module = ModuleDefinition.ReadModule(original, new ReaderParameters { InMemory = true }))
        {
            var apply = module.GetType("Optpoline.Rewriter.Fixtures.DelegateCalls").Methods
                .Single(m => m.Name == "Apply" && m.ReturnType.FullName == "System.String");
            caller = apply.FullName;
            offset = apply.Body.Instructions.Single(i => i.OpCode == OpCodes.Callvirt).Offset;
        }

        var loop = Monomorphic(profile.Sites.First(IsLoopWithTargets));
        var mono = loop with { Kind = CallKind.Delegate, Origin = loop.Origin! with { Caller = caller, ILOffset = offset } };

        var (left, leftPath) = WeaveWithOneSite(folder, original, profile, mono, "left-delegate", s_leaveMonomorphic);
        var (woven, _) = WeaveWithOneSite(folder, original, profile, mono, "woven-delegate", s_eager);

        Assert.Equal(1, left.SkippedFor(SkipReason.Monomorphic));
        Assert.Equal(woven.SitesRewritten - 1, left.SitesRewritten);
        Assert.Equal(1, woven.BakeRejected.GetValueOrDefault(BakeRejection.UnsupportedKind));
        using var run = new FixtureRun(leftPath, "left-delegate");
        Assert.Equal(expected, run.Run());
    }

    [Fact]
    public void Bake_ClassVirtualSite_GetsGuardsOnlyForTargetsTheJitCanInline()
    {
        // With no target small enough (a limit of 0 IL bytes), a class virtual site gets no guard, as
        // a dispatcher would not: its plain call is one indirect call already. The same profile at an
        // interface call is baked (the guard saves the interface dispatch, inlined or not).
        using var folder = new TestFolder();
        var (original, _, profile) = RecordProfile(folder, IsLoopWithTargets);
        var loop = Monomorphic(profile.Sites.First(IsLoopWithTargets));
        var noneInlinable = s_eager with { MaxInlinedTargetSize = 0 };

        var (asVirtual, _) = WeaveWithOneSite(folder, original, profile, loop with { Kind = CallKind.Virtual }, "virtual", noneInlinable);
        var (asInterface, _) = WeaveWithOneSite(folder, original, profile, loop, "interface", noneInlinable);

        Assert.Equal(0, asVirtual.SitesBaked);
        Assert.Equal(1, asVirtual.BakeRejected.GetValueOrDefault(BakeRejection.NotInlinable));
        Assert.Equal((1, 1), (asInterface.SitesBaked, asInterface.GuardsBaked));
    }

    [Fact]
    public void Bake_OnlyProfitable_WeavesWhatPaidOffAndGenericVirtualCallsAlone()
    {
        using var folder = new TestFolder();
        var (original, expected, profile) = RecordProfile(folder, IsLoopWithTargets);
        var everySite = AssemblyWeaver.Weave(original, Path.Combine(folder.Path, "all", Fixtures.FileName)).SitesRewritten;

        // The loop's profile with too few samples to bake: plain all along, or promoted while recording.
        var loop = profile.Sites.First(IsLoopWithTargets) with { SampledCalls = 0, LastPatchAt = null };
        var plain = loop with { State = SiteState.Plain, Patches = 0 };
        var promoted = loop with { State = SiteState.Promoted, Patches = 1 };
        var otherBuild = plain with { Origin = plain.Origin! with { ModuleVersionId = Guid.NewGuid() } };

        var (left, leftPath) = WeaveWithOneSite(folder, original, profile, plain, "left", s_eager, WeaveScope.Profitable);
        var (kept, _) = WeaveWithOneSite(folder, original, profile, promoted, "kept", s_eager, WeaveScope.Profitable);
        var (unknown, _) = WeaveWithOneSite(folder, original, profile, otherBuild, "unknown", s_eager, WeaveScope.Profitable);
        var (learning, _) = WeaveWithOneSite(folder, original, profile, otherBuild, "learning", s_eager, WeaveScope.Learning);
        var (explored, _) = WeaveWithOneSite(folder, original, profile, plain, "explored", s_eager, WeaveScope.Profitable, plain.Origin);

        // Only the fixtures' generic virtual calls stay woven (the JIT never guesses them), and the
        // promoted site. A profile of another build covers nothing: generic virtual calls alone are
        // woven, as without a profile, unless the run is there to learn, which weaves everything.
        // A site picked to explore is woven although its profile shows no gain.
        Assert.True(left.SitesRewritten > 0, "the fixtures' generic virtual calls");
        Assert.Equal(everySite - left.SitesRewritten, left.SkippedFor(SkipReason.Unprofitable));
        Assert.Equal(left.SitesRewritten + 1, kept.SitesRewritten);
        Assert.Equal(left.SitesRewritten, unknown.SitesRewritten);
        Assert.Equal(everySite - left.SitesRewritten, unknown.SkippedFor(SkipReason.NotProfiled));
        Assert.Equal(1, unknown.BakeRejected.GetValueOrDefault(BakeRejection.OtherBuild));
        Assert.Equal(everySite, learning.SitesRewritten);
        Assert.Equal((left.SitesRewritten + 1, 1), (explored.SitesRewritten, explored.SitesExplored));
        using var run = new FixtureRun(leftPath, "only-profitable");
        Assert.Empty(run.PrepareAll());
        Assert.Equal(expected, run.Run());
    }

    /// <summary>The site's profile made stable and monomorphic: its first sample with a target takes every call.</summary>
    private static SiteSnapshot Monomorphic(SiteSnapshot site) =>
        site with { Samples = [site.Samples.First(t => t.Target is not null) with { Share = 1.0 }], LastPatchAt = null, State = SiteState.Plain };

    /// <summary>Weaves the original into <c>folder/name</c> with a profile of <paramref name="site"/> alone.</summary>
    private static (WeaveResult Result, string Path) WeaveWithOneSite(TestFolder folder, string original, SiteReport profile, SiteSnapshot site, string name, BakeSettings settings, WeaveScope scope = WeaveScope.All, SiteOrigin? explore = null)
    {
        var path = Path.Combine(folder.Path, name, Fixtures.FileName);
        var options = new WeaveOptions
        {
            Profile = BakeProfile.FromReport(profile with { Sites = [site] }, settings),
            Scope = scope,
            Explore = explore is null ? new HashSet<(string, string, int)>() : [(explore.Assembly, explore.Caller, explore.ILOffset)],
        };
        return (AssemblyWeaver.Weave(original, path, options), path);
    }

    /// <summary>Weaves the fixtures, runs the woven build hot until its sites have samples, and returns the fixtures' sites of the report.</summary>
    /// <param name="ready">What the caller needs in the report before it is returned (default: the hot loop's interface call, well sampled, with resolved targets).</param>
    private static (string Original, string Expected, SiteReport Profile) RecordProfile(TestFolder folder, Func<SiteSnapshot, bool>? ready = null)
    {
        // By default, wait for a site that can be baked (the hot loop's plain interface call), well
        // sampled: the first well-sampled site can be a delegate or constrained. site, never baked.
        ready ??= s => s.SampledCalls >= 256 && IsLoopWithTargets(s);
        FastLearning.Enable();
        var (original, woven, _) = Fixtures.Weave(folder);
        Guid build;
        using (var module = ModuleDefinition.ReadModule(original, new ReaderParameters { InMemory = true }))
        {
            build = module.Mvid;
        }

        string expected;
        using (var plain = new FixtureRun(original, "original"))
        {
            expected = plain.Run();
        }

        using var run = new FixtureRun(woven, "woven-profile");
        var clock = Stopwatch.StartNew();
        SiteReport report;
        do
        {
            run.Hot(2_000);
            report = OptpolineRuntime.Report();
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && !Ours(report, build).Any(ready));

        return (original, expected, report with { Sites = Ours(report, build).Where(s => s.Samples.All(t => t.Id is not null)).ToList() });
    }

    /// <summary>The fixtures' hot-loop interface call (a plain callvirt), once its samples name their targets.</summary>
    private static bool IsLoopWithTargets(SiteSnapshot site) =>
        site.Key.StartsWith("Optpoline.Rewriter.Fixtures.ControlFlow::Loop@", StringComparison.Ordinal) && site.Samples.Any(t => t.Target is not null);

    /// <summary>
    /// The report's unbaked sites of the fixtures as built (<paramref name="build"/>: the original's
    /// MVID), not those of other tests' altered copies (crafted IL), whose offsets the original lacks.
    /// </summary>
    private static IEnumerable<SiteSnapshot> Ours(SiteReport report, Guid build) =>
        report.Sites.Where(s => s.Origin?.Assembly == FixturesPrefix && s.Origin.ModuleVersionId == build && s.Baked is null);
}
