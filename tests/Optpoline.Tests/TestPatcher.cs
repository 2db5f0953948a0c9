using System.Linq.Expressions;
using Microsoft.Extensions.Time.Testing;
using Optpoline.Patching;

namespace Optpoline.Tests;

/// <summary>
/// A patcher with no thread and a fake clock, and helpers to drive sites through bursts
/// deterministically: the tests step it with <see cref="Tick"/>.
/// </summary>
internal sealed class TestPatcher
{
    public TestPatcher(OptpolineOptions? options = null)
    {
        Options = options ?? new OptpolineOptions { BurstLength = 32, SamplingPeriod = TimeSpan.FromMilliseconds(50) };
        Patcher = new Patcher(Options, Time, background: false);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public OptpolineOptions Options { get; }

    public Patcher Patcher { get; }

    public CallSite<TDelegate> Site<TDelegate>(Expression<TDelegate> call, SiteOptions? options = null)
        where TDelegate : Delegate =>
        new(CallExpression.MethodOf(call), "test", options ?? SiteOptions.Default, Patcher);

    /// <summary>A site for <paramref name="method"/>, as <see cref="CallSite.Create{TDelegate}(System.Reflection.MethodInfo, string?, SiteOptions?)"/> makes it.</summary>
    public CallSite<TDelegate> Site<TDelegate>(System.Reflection.MethodInfo method, SiteOptions? options = null)
        where TDelegate : Delegate =>
        new(method, method.Name, options ?? SiteOptions.Default, Patcher);

    /// <summary>A site as the rewriter's holder makes it: every publication also goes to <paramref name="storeTarget"/>.</summary>
    public CallSite<TDelegate> StoringSite<TDelegate>(Expression<TDelegate> call, Action<TDelegate?> storeTarget)
        where TDelegate : Delegate =>
        new(CallExpression.MethodOf(call), "storing", new SiteOptions { PlainCallIsProfiled = true }, Patcher, origin: null, bakedTypes: null, storeTarget);

    /// <summary>A site as a shim with guards baked for <paramref name="bakedTypes"/> makes it (its plain call profiled by the JIT).</summary>
    public CallSite<TDelegate> BakedSite<TDelegate>(Expression<TDelegate> call, params Type[] bakedTypes)
        where TDelegate : Delegate =>
        new(CallExpression.MethodOf(call), "baked", new SiteOptions { PlainCallIsProfiled = true }, Patcher, origin: null, bakedTypes);

    /// <summary>A delegate-invoke site: <typeparamref name="TDispatch"/> takes the delegate, then its arguments.</summary>
    public CallSite<TDispatch> DelegateSite<TDispatch>(SiteOptions? options = null)
        where TDispatch : Delegate =>
        new(typeof(TDispatch).GetMethod("Invoke")!.GetParameters()[0].ParameterType.GetMethod("Invoke")!, "test", options ?? SiteOptions.Default, Patcher);

    /// <summary>Advance the clock by one patch interval and run one patcher tick.</summary>
    public int Tick(TimeSpan? advance = null)
    {
        Time.Advance(advance ?? Options.PatchInterval);
        return Patcher.RunOnce();
    }

    /// <summary>
    /// Runs <paramref name="call"/> over <paramref name="receivers"/> (cycled) for <paramref name="rounds"/>
    /// sampling periods, ticking the patcher so that each period arms, completes and evaluates a burst.
    /// </summary>
    public void Train<T>(IReadOnlyList<T> receivers, Action<T> call, int rounds = 3)
    {
        var next = 0;
        for (var round = 0; round < rounds; round++)
        {
            Tick(Options.SamplingPeriod);
            for (var i = 0; i < Options.BurstLength * 2; i++)
            {
                call(receivers[next++ % receivers.Count]);
            }

            Tick();
        }
    }
}
