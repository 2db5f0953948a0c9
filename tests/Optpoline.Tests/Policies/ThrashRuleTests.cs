using Optpoline.Policies;
using static Optpoline.Tests.Policies.Hot;

namespace Optpoline.Tests.Policies;

public sealed class ThrashRuleTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Fact]
    public void OnNewType_AtTheLimit_Keeps_OneMore_Grows()
    {
        var history = RepatchHistory.Empty;
        for (var i = 0; i < 4; i++)
        {
            var kept = ThrashRule.OnNewType(history, T0.AddMilliseconds(i * 100), capacity: 2, maxSlots: 8, Window, limit: 4);
            Assert.Equal(GrowthOutcome.Keep, kept.Outcome);
            Assert.Equal(2, kept.Capacity);
            history = kept.History;
        }

        var grown = ThrashRule.OnNewType(history, T0.AddMilliseconds(400), capacity: 2, maxSlots: 8, Window, limit: 4);

        Assert.Equal(GrowthOutcome.Grow, grown.Outcome);
        Assert.Equal(4, grown.Capacity);
        Assert.Equal(0, grown.History.Count);
    }

    [Fact]
    public void OnNewType_RepatchesSpreadBeyondTheWindow_NeverThrash()
    {
        var history = RepatchHistory.Empty;
        for (var i = 0; i < 20; i++)
        {
            var decision = ThrashRule.OnNewType(history, T0.AddMilliseconds(i * 1100), capacity: 2, maxSlots: 8, Window, limit: 1);
            Assert.Equal(GrowthOutcome.Keep, decision.Outcome);
            history = decision.History;
        }
    }

    [Fact]
    public void OnNewType_KeepsThrashing_GrowsToTheMaximumThenGoesMegamorphic()
    {
        var history = RepatchHistory.Empty;
        var capacity = 2;
        var outcomes = new List<(GrowthOutcome, int)>();
        for (var i = 0; i < 9; i++)
        {
            var decision = ThrashRule.OnNewType(history, T0.AddMilliseconds(i * 10), capacity, maxSlots: 8, Window, limit: 2);
            outcomes.Add((decision.Outcome, decision.Capacity));
            (history, capacity) = (decision.History, decision.Capacity);
            if (decision.Outcome == GrowthOutcome.Megamorphic)
            {
                break;
            }
        }

        Assert.Equal(
            [(GrowthOutcome.Keep, 2), (GrowthOutcome.Keep, 2), (GrowthOutcome.Grow, 4),
             (GrowthOutcome.Keep, 4), (GrowthOutcome.Keep, 4), (GrowthOutcome.Grow, 8),
             (GrowthOutcome.Keep, 8), (GrowthOutcome.Keep, 8), (GrowthOutcome.Megamorphic, 8)],
            outcomes);
    }

    [Fact]
    public void OnNewType_GrowthPastTheMaximum_IsCapped()
    {
        var history = RepatchHistory.Empty.Record(T0, Window, limit: 1);

        var decision = ThrashRule.OnNewType(history, T0, capacity: 6, maxSlots: 8, Window, limit: 1);

        Assert.Equal(GrowthOutcome.Grow, decision.Outcome);
        Assert.Equal(8, decision.Capacity);
    }

    [Fact]
    public void Record_EntryExactlyAWindowOld_StaysInTheWindow()
    {
        var history = RepatchHistory.Empty.Record(T0, Window, limit: 4);

        Assert.Equal(2, history.Record(T0 + Window, Window, limit: 4).Count);
        Assert.Equal(1, history.Record(T0 + Window + TimeSpan.FromTicks(1), Window, limit: 4).Count);
    }

    [Fact]
    public void Record_ManyRepatches_KeepsOneMoreThanTheLimit()
    {
        var history = RepatchHistory.Empty;
        for (var i = 0; i < 10; i++)
        {
            history = history.Record(T0, Window, limit: 3);
        }

        Assert.Equal(4, history.Count);
        Assert.True(history.IsThrashing(3));
    }
}
