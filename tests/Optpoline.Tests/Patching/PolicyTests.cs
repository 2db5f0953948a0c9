using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Patching;

/// <summary>The patcher's decisions, driven deterministically with a fake clock and explicit ticks.</summary>
public sealed class PolicyTests
{
    private static readonly SiteOptions Profiled = new() { PlainCallIsProfiled = true };

    [Fact]
    public void Evaluate_MonomorphicProfiledSite_StaysPlain()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), Profiled);

        patcher.Train([new A()], s => site.Invoke(s), rounds: 4);

        Assert.Equal(SiteState.Plain, site.State);
        Assert.Null(site.Target);
        Assert.Equal(0, site.Learning().Patches);
    }

    [Fact]
    public void Evaluate_MonomorphicSiteWithoutProfile_Promotes()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());

        patcher.Train([new A()], s => site.Invoke(s));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal([typeof(A)], site.Learning().Slots.Select(s => s.Receiver));
    }

    [Fact]
    public void Evaluate_MonomorphicTypeChangedAfterBaselineWindow_Promotes()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), Profiled);
        patcher.Train([new A()], s => site.Invoke(s), rounds: 2);
        patcher.Time.Advance(patcher.Options.BaselineWindow);

        patcher.Train([new B()], s => site.Invoke(s), rounds: 3);

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Contains(typeof(B), site.Learning().Slots.Select(s => s.Receiver));
    }

    [Fact]
    public void Evaluate_SkewedSiteWhoseTopTypeIsTheJitGuess_StaysPlain()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 100 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), Profiled);
        IShape[] skewed = [.. Enumerable.Repeat<IShape>(new A(), 70), .. Enumerable.Repeat<IShape>(new B(), 15), .. Enumerable.Repeat<IShape>(new C(), 10), .. Enumerable.Repeat<IShape>(new D(), 5)];

        patcher.Train(skewed, s => site.Invoke(s), rounds: 4);

        Assert.Equal(SiteState.Plain, site.State);
    }

    [Fact]
    public void Evaluate_BimorphicHalfAndHalfProfiledSite_StaysPlain()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 64 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), Profiled);

        patcher.Train<IShape>([new A(), new B()], s => site.Invoke(s), rounds: 4);

        Assert.Equal(SiteState.Plain, site.State);
    }

    [Fact]
    public void Evaluate_GenericVirtualMonomorphic_PromotesBecauseTheJitNeverGuesses()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Mapper, int, int>>((m, x) => m.Map(x), Profiled);

        patcher.Train([new DoublingMapper()], v => Assert.Equal(84, site.Invoke(v, 42)));

        Assert.Equal(CallKind.GenericVirtual, site.Kind);
        Assert.Equal(SiteState.Promoted, site.State);
    }

    [Fact]
    public void Evaluate_TooManyTypesForMaxSlots_GoesMegamorphicWithExponentialBackoff()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 100, MaxSlots = 4, MegamorphicBackoff = TimeSpan.FromSeconds(1) });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());

        patcher.Train(All.Shapes, s => site.Invoke(s), rounds: 1);
        var firstBackoff = site.Learning().BackoffUntil - patcher.Time.GetUtcNow();
        patcher.Time.Advance(firstBackoff);
        patcher.Train(All.Shapes, s => site.Invoke(s), rounds: 1);
        var secondBackoff = site.Learning().BackoffUntil - patcher.Time.GetUtcNow();

        Assert.Equal(SiteState.Megamorphic, site.State);
        Assert.Null(site.Target);
        Assert.InRange(firstBackoff.TotalSeconds, 0.9, 1.0);
        Assert.InRange(secondBackoff.TotalSeconds, 1.9, 2.0);
    }

    [Fact]
    public void Evaluate_AlternatingPhasesThrash_GrowsSlotsThenSettles()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 32, ThrashLimit = 2, ThrashWindow = TimeSpan.FromSeconds(10), InitialSlots = 2, MaxSlots = 8 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        IShape[][] phases = [[new A(), new B()], [new C(), new D()]];

        for (var i = 0; i < 8; i++)
        {
            patcher.Train(phases[i % 2], s => site.Invoke(s), rounds: 2);
        }

        // Settled: every later phase finds all four types in the slots (re-ordering may still re-patch).
        for (var i = 0; i < 4; i++)
        {
            patcher.Train(phases[i % 2], s => site.Invoke(s), rounds: 2);
            Assert.Equal(["A", "B", "C", "D"], site.SlotTypes.Select(t => t.Name).Order());
        }

        Assert.True(site.Learning().Capacity >= 4, $"capacity {site.Learning().Capacity}");
        Assert.Equal(SiteState.Promoted, site.State);
    }

    [Fact]
    public void Evaluate_ThrashingAtMaximum_GoesMegamorphic()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 32, ThrashLimit = 2, ThrashWindow = TimeSpan.FromSeconds(10), InitialSlots = 1, MaxSlots = 1, MinCoverage = 0.3 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        IShape[][] phases = [[new A()], [new B()]];

        for (var i = 0; i < 8 && site.State != SiteState.Megamorphic; i++)
        {
            patcher.Train(phases[i % 2], s => site.Invoke(s), rounds: 1);
        }

        Assert.Equal(SiteState.Megamorphic, site.State);
        Assert.Contains("thrashing", site.Learning().Reason);
    }

    [Fact]
    public void MissThreshold_PhaseChangeOnPromotedSite_RepatchesWithinThreeTicks()
    {
        var options = new OptpolineOptions { BurstLength = 64, MissThreshold = 256, MissSampleEvery = 16 };
        var patcher = new TestPatcher(options);
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train(All.Shapes[..4], s => site.Invoke(s));
        Assert.Equal(SiteState.Promoted, site.State);
        var newPhase = All.Shapes[4..7];

        // No scheduled burst is due for a whole sampling period: only misses can bring the re-patch forward.
        var ticks = 0;
        var calls = 0;
        while (!newPhase.All(s => site.Learning().Slots.Any(slot => slot.Receiver == s.GetType())) && ticks < 10)
        {
            for (var i = 0; i < 400; i++, calls++)
            {
                var shape = newPhase[i % newPhase.Length];
                Assert.Equal(shape.Name(), site.Invoke(shape));
            }

            patcher.Tick(TimeSpan.FromMilliseconds(1));
            ticks++;
        }

        Assert.True(ticks <= 3, $"re-patched after {ticks} ticks: {site.Learning().Reason}; slots {string.Join(",", site.Learning().Slots.Select(s => s.Receiver.Name))}; samples {string.Join(",", site.Learning().LastShares.Select(s => s.Key + "=" + s.Share.ToString("F2")))}, patches {site.Learning().Patches}");
        Assert.True(calls <= options.MissThreshold + options.BurstLength + (3 * 400), $"{calls} calls");
    }

    [Fact]
    public void Evaluate_PhaseChangeAwayFromWarmupType_NoColdGuardStaysInFront()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train([new J()], s => site.Invoke(s));

        patcher.Train(All.Shapes[..3], s => site.Invoke(s), rounds: 5);

        Assert.Equal(["A", "B", "C"], site.SlotTypes.Take(3).Select(t => t.Name).Order());
    }

    [Fact]
    public void Evaluate_PhaseChangeToMoreHotTypes_GrowsCapacityAtOnce()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 64, InitialSlots = 1 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train([new A()], s => site.Invoke(s));
        Assert.Equal(1, site.Learning().Capacity);
        var patches = site.Patches;

        patcher.Train(All.Shapes[1..5], s => site.Invoke(s), rounds: 1);

        Assert.Equal(["B", "C", "D", "E"], site.SlotTypes.Where(t => t != typeof(A)).Select(t => t.Name).Order());
        Assert.Equal(patches + 1, site.Patches);
    }

    [Fact]
    public void Evaluate_PeriodicRetraining_IgnoresPhaseChangeUntilRetrainPeriod()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 32, Policy = SlotPolicy.PeriodicRetraining, RetrainPeriod = TimeSpan.FromSeconds(5) });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Train(All.Shapes[..2], s => site.Invoke(s));

        patcher.Train(All.Shapes[2..4], s => site.Invoke(s), rounds: 3);
        var beforeRetrain = site.Learning().Slots.Select(s => s.Receiver).ToList();
        patcher.Time.Advance(TimeSpan.FromSeconds(5));
        patcher.Train(All.Shapes[2..4], s => site.Invoke(s), rounds: 2);

        Assert.Equal([typeof(A), typeof(B)], beforeRetrain.OrderBy(t => t.Name));
        Assert.Equal([typeof(C), typeof(D)], site.Learning().Slots.Select(s => s.Receiver).OrderBy(t => t.Name));
    }

    [Fact]
    public void RunOnce_RateLimit_CompilesAtMostBudgetPerTick()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 16, MaxPatchesPerSecond = 100, PatchInterval = TimeSpan.FromMilliseconds(10) });
        var sites = Enumerable.Range(0, 5).Select(_ => patcher.Site<Func<IShape, string>>(s => s.Name())).ToList();

        var compiled = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            foreach (var site in sites)
            {
                for (var j = 0; j < 32; j++)
                {
                    site.Invoke(All.Shapes[j % 4]);
                }
            }

            compiled.Add(patcher.Tick());
        }

        Assert.All(compiled, c => Assert.InRange(c, 0, 1));
        Assert.Equal(10, compiled.Sum());
        Assert.All(sites, s => Assert.Equal(SiteState.Promoted, s.State));
    }

    [Fact]
    public void NeverPromote_SiteOption_StaysDisabledAndUnsampled()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), new SiteOptions { NeverPromote = true });

        patcher.Train(All.Shapes[..4], s => site.Invoke(s));

        Assert.Equal(SiteState.Disabled, site.State);
        Assert.Null(site.Target);
        Assert.Empty(site.Samples.Snapshot());
    }

    [Fact]
    public void MaxSlots_SiteOption_CapsSlots()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 64, MinCoverage = 0.2 });
        var site = patcher.Site<Func<IShape, string>>(s => s.Name(), new SiteOptions { MaxSlots = 2 });

        patcher.Train(All.Shapes[..4], s => site.Invoke(s));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(2, site.Learning().Slots.Count);
    }
}
