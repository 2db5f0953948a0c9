using Optpoline.Policies;
using Optpoline.Tests.Fixtures;
using static Optpoline.Tests.Policies.Hot;

namespace Optpoline.Tests.Policies;

public sealed class SlotChooserTests
{
    [Fact]
    public void Choose_LeastRecentlyModifiedFull_ReplacesOldestSlotEvenIfHot()
    {
        HotTarget[] current = [Of<A>(0.6, T0), Of<B>(0.1, T0.AddSeconds(1))];
        HotTarget[] hot = [Of<A>(0.6), Of<C>(0.3), Of<B>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastRecentlyModified, current, hot, capacity: 2, T0.AddSeconds(2), retrainDue: false);

        Assert.Equal(["B", "C"], Names(slots));
        Assert.Equal(T0.AddSeconds(2), slots.Single(s => s.Receiver == typeof(C)).ModifiedAt);
    }

    [Fact]
    public void Choose_LeastRecentlyModifiedTwoNewcomers_ReplacesSlotsOldestFirst()
    {
        HotTarget[] current = [Of<A>(0.3, T0.AddSeconds(2)), Of<B>(0.3, T0), Of<C>(0.3, T0.AddSeconds(1))];
        HotTarget[] hot = [Of<D>(0.4), Of<E>(0.3), Of<A>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastRecentlyModified, current, hot, capacity: 3, T0.AddSeconds(3), retrainDue: false);

        Assert.Equal(["A", "D", "E"], slots.Select(s => s.Receiver.Name));
    }

    [Fact]
    public void Choose_LeastFrequentlyUsedFull_ReplacesColdestSlot()
    {
        HotTarget[] current = [Of<A>(0.6, T0), Of<B>(0.1, T0.AddSeconds(1))];
        HotTarget[] hot = [Of<A>(0.6), Of<C>(0.3), Of<B>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 2, T0.AddSeconds(2), retrainDue: false);

        Assert.Equal(["A", "C"], Names(slots));
    }

    [Fact]
    public void Choose_LeastFrequentlyUsedTwoNewcomers_ReplacesSlotsColdestFirst()
    {
        HotTarget[] current = [Of<A>(0.08, T0), Of<B>(0.3, T0), Of<C>(0.06, T0)];
        HotTarget[] hot = [Of<D>(0.35), Of<B>(0.3), Of<E>(0.2), Of<A>(0.08), Of<C>(0.06)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 3, T0.AddSeconds(1), retrainDue: false);

        Assert.Equal(["E", "B", "D"], slots.Select(s => s.Receiver.Name));
    }

    [Fact]
    public void Choose_LeastFrequentlyUsedNewcomerColder_KeepsSlots()
    {
        HotTarget[] current = [Of<A>(0.5, T0), Of<B>(0.3, T0)];
        HotTarget[] hot = [Of<A>(0.5), Of<B>(0.3), Of<C>(0.2)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 2, T0.AddSeconds(2), retrainDue: false);

        Assert.Equal(["A", "B"], Names(slots));
    }

    [Fact]
    public void Choose_LeastFrequentlyUsedSlotNoLongerHot_CountsAsUnused()
    {
        // B still has a share, but below hot: it is the victim even though the newcomer is colder than B's share.
        HotTarget[] current = [Of<A>(0.5, T0), Of<B>(0.04, T0)];
        HotTarget[] hot = [Of<A>(0.5), Of<C>(0.03)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 2, T0.AddSeconds(1), retrainDue: false);

        Assert.Equal(["A", "C"], Names(slots));
    }

    [Fact]
    public void Choose_MoreSlotsThanCapacity_ShedsColdestFirst()
    {
        HotTarget[] current = [Of<A>(0.2, T0), Of<B>(0.5, T0), Of<C>(0.3, T0)];
        HotTarget[] hot = [Of<B>(0.5), Of<C>(0.3), Of<A>(0.2)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 2, T0.AddSeconds(1), retrainDue: false);

        Assert.Equal(["B", "C"], Names(slots));
    }

    [Fact]
    public void Choose_ColderCandidateAfterSlotsFill_NeverEvictsSlotAddedInSameEvaluation()
    {
        HotTarget[] hot = [Of<C>(0.5), Of<A>(0.3), Of<B>(0.2)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastRecentlyModified, [], hot, capacity: 2, T0, retrainDue: false);

        Assert.Equal([typeof(C), typeof(A)], slots.Select(s => s.Receiver));
        Assert.All(slots, s => Assert.Equal(T0, s.ModifiedAt));
    }

    [Fact]
    public void Choose_PeriodicNotDue_KeepsSlotsWhateverTheSamples()
    {
        HotTarget[] current = [Of<A>(0.1, T0)];
        HotTarget[] hot = [Of<C>(0.9), Of<A>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.PeriodicRetraining, current, hot, capacity: 2, T0.AddSeconds(1), retrainDue: false);

        Assert.Equal(["A"], Names(slots));
    }

    [Fact]
    public void Choose_PeriodicDue_RebuildsFromTopTypesKeepingUnchangedSlotTimes()
    {
        HotTarget[] current = [Of<A>(0.2, T0), Of<B>(0.1, T0)];
        HotTarget[] hot = [Of<C>(0.7), Of<A>(0.2), Of<B>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.PeriodicRetraining, current, hot, capacity: 2, T0.AddSeconds(5), retrainDue: true);

        Assert.Equal(["A", "C"], Names(slots));
        Assert.Equal(T0, slots.Single(s => s.Receiver == typeof(A)).ModifiedAt);
        Assert.Equal(T0.AddSeconds(5), slots.Single(s => s.Receiver == typeof(C)).ModifiedAt);
    }

    [Fact]
    public void RetrainDue_AtExactlyThePeriod_IsDue()
    {
        var period = TimeSpan.FromSeconds(1);

        Assert.True(SlotChooser.RetrainDue(null, T0, period));
        Assert.False(SlotChooser.RetrainDue(T0, T0 + period - TimeSpan.FromTicks(1), period));
        Assert.True(SlotChooser.RetrainDue(T0, T0 + period, period));
    }

    [Fact]
    public void ShedVanished_SomeSlotKeysSampled_DropsOnlyUnsampledOnes()
    {
        List<HotTarget> slots = [Of<A>(0.5, T0), Of<B>(0, T0), Of<C>(0.01, T0)];

        var kept = SlotChooser.ShedVanished(slots, Keys(typeof(A), typeof(C), typeof(D)));

        Assert.Equal(["A", "C"], kept.Select(s => s.Receiver.Name));
    }

    [Fact]
    public void ShedVanished_NoSlotKeySampled_KeepsAll()
    {
        List<HotTarget> slots = [Of<A>(0, T0), Of<B>(0, T0)];

        var kept = SlotChooser.ShedVanished(slots, Keys(typeof(C)));

        Assert.Equal(["A", "B"], Names(kept));
    }

    [Fact]
    public void BringsNewKey_ReorderedOrShrunk_IsFalse_NewKey_IsTrue()
    {
        HotTarget[] before = [Of<A>(0.5, T0), Of<B>(0.5, T0)];

        Assert.False(SlotChooser.BringsNewKey([Of<B>(0.5, T0), Of<A>(0.5, T0)], before));
        Assert.False(SlotChooser.BringsNewKey([Of<A>(0.5, T0)], before));
        Assert.True(SlotChooser.BringsNewKey([Of<A>(0.5, T0), Of<C>(0.5, T0)], before));
        Assert.True(SlotChooser.SameKeys([Of<B>(0.5, T0), Of<A>(0.5, T0)], before));
        Assert.False(SlotChooser.SameKeys([Of<A>(0.5, T0)], before));
    }
}
