using Optpoline.Dispatch;
using Optpoline.Patching;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Patching;

public sealed class SlotChooserTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Choose_LeastRecentlyModifiedFull_ReplacesOldestSlotEvenIfHot()
    {
        Slot[] current = [SlotOf<A>(T0), SlotOf<B>(T0.AddSeconds(1))];
        HotType[] hot = [HotOf<A>(0.6), HotOf<C>(0.3), HotOf<B>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastRecentlyModified, current, hot, capacity: 2, T0.AddSeconds(2), retrainDue: false);

        Assert.Equal(["B", "C"], Names(slots));
        Assert.Equal(T0.AddSeconds(2), slots.Single(s => s.Receiver == typeof(C)).ModifiedAt);
    }

    [Fact]
    public void Choose_LeastFrequentlyUsedFull_ReplacesColdestSlot()
    {
        Slot[] current = [SlotOf<A>(T0), SlotOf<B>(T0.AddSeconds(1))];
        HotType[] hot = [HotOf<A>(0.6), HotOf<C>(0.3), HotOf<B>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 2, T0.AddSeconds(2), retrainDue: false);

        Assert.Equal(["A", "C"], Names(slots));
    }

    [Fact]
    public void Choose_LeastFrequentlyUsedNewcomerColder_KeepsSlots()
    {
        Slot[] current = [SlotOf<A>(T0), SlotOf<B>(T0)];
        HotType[] hot = [HotOf<A>(0.5), HotOf<B>(0.3), HotOf<C>(0.2)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastFrequentlyUsed, current, hot, capacity: 2, T0.AddSeconds(2), retrainDue: false);

        Assert.Equal(["A", "B"], Names(slots));
    }

    [Fact]
    public void Choose_ColderCandidateAfterSlotsFill_NeverEvictsSlotAddedInSameEvaluation()
    {
        HotType[] hot = [HotOf<C>(0.5), HotOf<A>(0.3), HotOf<B>(0.2)];

        var slots = SlotChooser.Choose(SlotPolicy.LeastRecentlyModified, [], hot, capacity: 2, T0, retrainDue: false);

        Assert.Equal([typeof(C), typeof(A)], slots.Select(s => s.Receiver));
    }

    [Fact]
    public void Choose_PeriodicNotDue_KeepsSlotsWhateverTheSamples()
    {
        Slot[] current = [SlotOf<A>(T0)];
        HotType[] hot = [HotOf<C>(0.9), HotOf<A>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.PeriodicRetraining, current, hot, capacity: 2, T0.AddSeconds(1), retrainDue: false);

        Assert.Equal(["A"], Names(slots));
    }

    [Fact]
    public void Choose_PeriodicDue_RebuildsFromTopTypesKeepingUnchangedSlotTimes()
    {
        Slot[] current = [SlotOf<A>(T0), SlotOf<B>(T0)];
        HotType[] hot = [HotOf<C>(0.7), HotOf<A>(0.2), HotOf<B>(0.1)];

        var slots = SlotChooser.Choose(SlotPolicy.PeriodicRetraining, current, hot, capacity: 2, T0.AddSeconds(5), retrainDue: true);

        Assert.Equal(["A", "C"], Names(slots));
        Assert.Equal(T0, slots.Single(s => s.Receiver == typeof(A)).ModifiedAt);
    }

    private static string[] Names(IEnumerable<Slot> slots) => [.. slots.Select(s => s.Receiver.Name).Order()];

    private static Slot SlotOf<T>(DateTimeOffset at) => new(Resolve<T>(), at);

    private static HotType HotOf<T>(double share) => new(Resolve<T>(), share);

    private static ResolvedTarget Resolve<T>() =>
        TargetResolver.Resolve(typeof(IShape).GetMethod(nameof(IShape.Name))!, Activator.CreateInstance<T>()!, out _)!;
}
