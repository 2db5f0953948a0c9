using System.Text.RegularExpressions;
using Optpoline.Reporting;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Patching;

/// <summary>
/// Sites whose shims test baked guards before the plain call: the guards' receivers count as calls
/// the plain path already handles, and the report says how often the guards hit.
/// </summary>
public sealed class BakedSiteTests
{
    // Per burst of 30 calls from the cycle: A, B and C 30% each, D 10%.
    private static readonly IShape[] BakedPhase = [.. "ABCABCABCD".Select(Shape)];

    // None of the baked types: D, E, F, G 25% each.
    private static readonly IShape[] MovedPhase = [.. "DEFG".Select(Shape)];

    [Fact]
    public void Evaluate_BakedTypesDominate_StaysPlain()
    {
        var (patcher, site) = Baked();

        patcher.Train(BakedPhase, s => site.Invoke(s));

        // Unbaked, no type makes half the calls: the same traffic promotes (see the next test).
        Assert.Equal(SiteState.Plain, site.State);
        Assert.Null(site.Target);
        Assert.Contains("the baked guards and the JIT's guess cover", site.Learning().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameTrafficWithoutBakedGuards_Promotes()
    {
        var patcher = new TestPatcher(Options());
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), new SiteOptions { PlainCallIsProfiled = true });

        patcher.Train(BakedPhase, s => site.Invoke(s));

        Assert.Equal(SiteState.Promoted, site.State);
    }

    [Fact]
    public void Evaluate_TrafficMovesOffTheBakedTypes_Promotes()
    {
        var (patcher, site) = Baked();
        patcher.Train(BakedPhase, s => site.Invoke(s));

        for (var round = 0; round < 6 && site.State != SiteState.Promoted; round++)
        {
            patcher.Train(MovedPhase, s => site.Invoke(s), rounds: 1);
        }

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.StartsWith("promoted: the baked guards and the JIT's guess would miss", site.Learning().Reason, StringComparison.Ordinal);
        Assert.Equal("G", site.Target!(Shape('G')));
    }

    [Fact]
    public void Evaluate_YoungBakedSite_BaselineIsTheTopUnbakedType()
    {
        // The JIT's profile of the callvirt only sees what gets past the baked guards: D, all of it.
        var (patcher, site) = Baked();
        patcher.Train(BakedPhase, s => site.Invoke(s));

        Assert.Equal([typeof(D)], site.Learning().Baseline);
    }

    [Fact]
    public void Report_BakedTypesDominate_ShowsGuardSharesAndHitShare()
    {
        var (patcher, site) = Baked();
        patcher.Train(BakedPhase, s => site.Invoke(s));

        var snapshot = Assert.Single(patcher.Patcher.Report().Sites);

        Assert.NotNull(snapshot.Baked);
        Assert.Equal(["A", "B", "C"], snapshot.Baked.Select(b => b.Type));
        Assert.All(snapshot.Baked, b => Assert.InRange(b.Share, 0.25, 0.35));
        Assert.All(snapshot.Baked, b => Assert.Equal("Optpoline.Tests.Fixtures." + b.Type, b.Id?.Name));
        Assert.All(snapshot.Baked, b => Assert.Equal("Name", b.Target?.Name));
        Assert.InRange(snapshot.BakedHitShare!.Value, 0.85, 0.95);
        Assert.False(snapshot.BakedStale);
        Assert.Matches(new Regex(@"\n    baked \[A \d+ %, B \d+ %, C \d+ %\] hit 9\d %\r?\n"), patcher.Patcher.Report().ToString());
    }

    [Fact]
    public void Report_TrafficMovedOffTheBakedTypes_MarksStale()
    {
        var (patcher, site) = Baked();
        patcher.Train(BakedPhase, s => site.Invoke(s));
        patcher.Train(MovedPhase, s => site.Invoke(s), rounds: 6);

        var report = patcher.Patcher.Report();
        var snapshot = Assert.Single(report.Sites);

        Assert.InRange(snapshot.BakedHitShare!.Value, 0, 0.1);
        Assert.True(snapshot.BakedStale);
        Assert.Contains("STALE", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BakedSiteNotSampledYet_HitShareIsUnknownNotStale()
    {
        var (patcher, _) = Baked();

        var report = patcher.Patcher.Report();
        var snapshot = Assert.Single(report.Sites);

        Assert.Equal(3, snapshot.Baked?.Count);
        Assert.Null(snapshot.BakedHitShare);
        Assert.False(snapshot.BakedStale);
        Assert.Contains("baked [A, B, C] not sampled yet", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnbakedSite_HasNoBakedFields()
    {
        var patcher = new TestPatcher(Options());
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train(BakedPhase, s => site.Invoke(s));

        var snapshot = Assert.Single(patcher.Patcher.Report().Sites);

        Assert.Null(snapshot.Baked);
        Assert.Null(snapshot.BakedHitShare);
        Assert.DoesNotContain("baked", patcher.Patcher.Report().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_BakedSiteReport_RoundTripsIdsTargetsAndBakedFields()
    {
        var (patcher, site) = Baked();
        patcher.Train(BakedPhase, s => site.Invoke(s));
        var json = patcher.Patcher.Report().ToJson();

        var back = Assert.Single(SiteReport.FromJson(json).Sites);

        // Records compare lists by reference: compare what the JSON says, then spot-check values.
        Assert.Equal(json, SiteReport.FromJson(json).ToJson());
        Assert.Equal("Optpoline.Tests.Fixtures.A", back.Baked![0].Id!.Name);
        Assert.Equal(typeof(A).Module.ModuleVersionId, back.Baked[0].Id!.ModuleVersionId);
        Assert.Equal(typeof(A).GetMethod(nameof(A.Name))!.MetadataToken, back.Baked[0].Target!.Token);
        Assert.Equal("Optpoline.Tests.Fixtures.A", back.Baked[0].Target!.DeclaringType.Name);
        Assert.NotNull(back.BakedHitShare);
        Assert.All(back.Samples, s => Assert.NotNull(s.Id));
        Assert.Contains("\"bakedHitShare\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_Origin_RoundTrips()
    {
        var original = new SiteReport
        {
            TakenAt = DateTimeOffset.UnixEpoch,
            DynamicCodeSupported = true,
            Sites =
            [
                new SiteSnapshot
                {
                    Key = "k", Method = "IShape.Name", Kind = CallKind.Interface, State = SiteState.Plain, Reason = "r", Capacity = 0,
                    Slots = [], Samples = [], SampledCalls = 0, SampledHitShare = 0, Misses = 0, Patches = 0,
                    Origin = new SiteOrigin("App", Guid.NewGuid(), "System.Void App.C::M(System.Int32)", 0x2A),
                },
            ],
        };

        var back = SiteReport.FromJson(original.ToJson());

        Assert.Equal(original.Sites[0].Origin, back.Sites[0].Origin);
    }

    private static OptpolineOptions Options() => new() { BurstLength = 30, SamplingPeriod = TimeSpan.FromMilliseconds(50) };

    private static (TestPatcher Patcher, CallSite<Func<IShape, string>> Site) Baked()
    {
        var patcher = new TestPatcher(Options());
        return (patcher, patcher.BakedSite<Func<IShape, string>>(s => s.Name(), typeof(A), typeof(B), typeof(C)));
    }

    private static IShape Shape(char name) => All.Shapes[name - 'A'];
}
