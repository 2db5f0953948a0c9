using System.Runtime.CompilerServices;
using Optpoline.Tests.Differential;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Resolution;

/// <summary>
/// Resolution binds to receivers the program made (specimens), never to objects of its own: these
/// tests pin down the crash that conjured objects caused and what specimens must not do.
/// </summary>
public sealed class SpecimenResolutionTests
{
    /// <summary>
    /// The runtime finalizes weak references itself during a collection; one that was never constructed
    /// faults there. Resolving <c>WeakReference.Target</c> by conjuring an uninitialised receiver
    /// crashed the process at the next collection.
    /// </summary>
    [Fact]
    public void Invoke_WeakReferenceTargetWithCollectionsBetweenRounds_PromotesAndNeverCrashes()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<WeakReference, object?>>(typeof(WeakReference).GetProperty(nameof(WeakReference.Target))!.GetMethod!);
        var kept = new object();

        for (var round = 0; round < 6; round++)
        {
            var receivers = new[] { new WeakReference(kept), new WeakReference(new object()), new WeakReference(null) };
            patcher.Train(receivers, r => Assert.Same(r.Target, site.Invoke(r)), rounds: 1);
            CollectEverything();
        }

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal([typeof(WeakReference)], site.SlotTypes);
        Assert.Same(kept, site.Invoke(new WeakReference(kept)));
    }

    [Fact]
    public void Invoke_GenericWeakReferenceAmongOthers_EveryCallMatchesPlainCall()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<object, string?>>(typeof(object).GetMethod(nameof(ToString))!);
        var kept = new object();

        for (var round = 0; round < 4; round++)
        {
            object[] receivers = [new WeakReference<object>(kept), new WeakReference(kept), new ConditionalWeakTable<object, object>(), new A()];
            patcher.Train(receivers, r => Assert.Equal(r.ToString(), site.Invoke(r)), rounds: 2);
            CollectEverything();
        }

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Contains(typeof(WeakReference<object>), site.SlotTypes);
    }

    /// <summary>A site holds its specimens weakly: promoting on a receiver must not keep it alive.</summary>
    [Fact]
    public void Train_ReceiversDroppedAfterPromotion_AreCollected()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());

        var dropped = TrainOnFreshShapes(patcher, site);
        CollectEverything();

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.All(dropped, w => Assert.False(w.IsAlive));
    }

    /// <summary>A type whose receivers all died before the patcher looked is resolved later, not refused.</summary>
    [Fact]
    public void Evaluate_SpecimenDiedBeforeResolution_ResolvedFromALaterBurst()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Tick(patcher.Options.SamplingPeriod);
        CallWithFreshReceivers(site, patcher.Options.BurstLength);

        site.Specimens!.Release(_ => true);
        patcher.Tick();

        Assert.NotEqual(SiteState.Promoted, site.State);
        patcher.Train(All.Shapes[..2], s => site.Invoke(s), rounds: 2);
        Assert.Equal(SiteState.Promoted, site.State);
    }

    /// <summary>
    /// Receivers that die young (one object per call) used to be collected before the patcher could
    /// bind to one, and under allocation pressure the site never promoted; a burst's specimens are now
    /// held until the evaluation that follows it.
    /// </summary>
    [Fact]
    public void Evaluate_FreshReceiverEveryCallCollectedBeforeEvaluation_StillPromotes()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());

        for (var round = 0; round < 3; round++)
        {
            patcher.Tick(patcher.Options.SamplingPeriod);
            CallWithFreshShapes(site, patcher.Options.BurstLength * 2);
            CollectEverything();
            patcher.Tick();
        }

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(3, site.SlotTypes.Count);
    }

    /// <summary>A cold site's burst can stay armed for minutes: once armed for a sampling period, its specimens are held only weakly.</summary>
    [Fact]
    public void Tick_BurstArmedForASamplingPeriod_LetsItsSpecimensGo()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<IShape, string>>(s => s.Name());
        patcher.Tick(patcher.Options.SamplingPeriod);

        var sampled = CallOnceWithFreshShape(site);
        CollectEverything();
        Assert.True(sampled.IsAlive, "a specimen of a burst still under way is held");

        patcher.Tick(patcher.Options.SamplingPeriod);
        CollectEverything();
        Assert.True(site.IsArmed);
        Assert.False(sampled.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallWithFreshShapes(CallSite<Func<IShape, string>> site, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            IShape shape = (i % 3) switch { 0 => new A(), 1 => new B(), _ => new C() };
            site.Invoke(shape);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CallOnceWithFreshShape(CallSite<Func<IShape, string>> site)
    {
        var shape = new A();
        site.Invoke(shape);
        return new WeakReference(shape);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] TrainOnFreshShapes(TestPatcher patcher, CallSite<Func<IShape, string>> site)
    {
        IShape[] shapes = [new A(), new B(), new C()];
        patcher.Train(shapes, s => site.Invoke(s), rounds: 2);
        return [.. shapes.Select(s => new WeakReference(s))];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CallWithFreshReceivers(CallSite<Func<IShape, string>> site, int calls)
    {
        for (var i = 0; i < calls; i++)
        {
            site.Invoke(new A());
        }
    }

    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
