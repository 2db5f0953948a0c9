using Optpoline.Policies;
using Optpoline.Tests.Fixtures;
using static Optpoline.Tests.Policies.Hot;

namespace Optpoline.Tests.Policies;

/// <summary>How many slots a site gets, and in which order its guards stand.</summary>
public sealed class SlotSizingTests
{
    [Theory]
    [InlineData(1, 0, 2, 8, 2)]
    [InlineData(2, 0, 2, 8, 2)]
    [InlineData(3, 0, 2, 8, 4)]
    [InlineData(5, 0, 2, 8, 8)]
    [InlineData(12, 0, 2, 8, 8)]
    [InlineData(1, 4, 2, 8, 4)]
    [InlineData(1, 0, 4, 2, 2)]
    [InlineData(3, 8, 2, 4, 4)]
    public void Fit_HotCountCurrentInitialMax_IsExpected(int hotCount, int current, int initialSlots, int maxSlots, int expected) =>
        Assert.Equal(expected, SlotCapacity.Fit(hotCount, current, initialSlots, maxSlots));

    [Fact]
    public void Misordered_ColdGuardInFrontOfHotOne_IsTrue()
    {
        Assert.True(SlotOrder.Misordered([Of<A>(0.04, T0), Of<B>(0.5, T0)], minSlotShare: 0.05));
    }

    [Fact]
    public void Misordered_HotGuardsFirstOrSharesAtTheEdge_IsFalse()
    {
        Assert.False(SlotOrder.Misordered([Of<B>(0.5, T0), Of<A>(0.04, T0)], minSlotShare: 0.05));
        Assert.False(SlotOrder.Misordered([Of<A>(0.05, T0), Of<B>(0.5, T0)], minSlotShare: 0.05));
        Assert.False(SlotOrder.Misordered([Of<A>(0.2, T0), Of<B>(0.5, T0)], minSlotShare: 0.05));
    }

    [Fact]
    public void HottestFirst_SortsByShare()
    {
        List<HotTarget> slots = [Of<A>(0.1, T0), Of<B>(0.6, T0), Of<C>(0.3, T0)];

        SlotOrder.HottestFirst(slots);

        Assert.Equal(["B", "C", "A"], slots.Select(s => s.Receiver.Name));
    }
}
