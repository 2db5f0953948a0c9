using Optpoline.Policies;
using Optpoline.Tests.Fixtures;
using static Optpoline.Tests.Policies.Hot;

namespace Optpoline.Tests.Policies;

public sealed class PlainPathTests
{
    [Fact]
    public void JitGuess_TopKeyExactlyHalf_IsTheGuess()
    {
        KeyShare[] shares = [Share<A>(0.5), Share<B>(0.25), Share<C>(0.25)];

        Assert.Equal(typeof(A), PlainPath.JitGuess(shares, Keys()));
    }

    [Fact]
    public void JitGuess_TopKeyUnderHalf_IsNone()
    {
        KeyShare[] shares = [Share<A>(0.375), Share<B>(0.375), Share<C>(0.25)];

        Assert.Null(PlainPath.JitGuess(shares, Keys()));
    }

    [Fact]
    public void JitGuess_BakedKeys_GuessIsAmongTheCallsThatGetPastThem()
    {
        // A is baked: of the half that reaches the callvirt, B makes half.
        KeyShare[] shares = [Share<A>(0.5), Share<B>(0.25), Share<C>(0.125), Share<D>(0.125)];

        Assert.Equal(typeof(B), PlainPath.JitGuess(shares, Keys(typeof(A))));
        Assert.Null(PlainPath.JitGuess([Share<A>(1)], Keys(typeof(A))));
    }

    [Fact]
    public void Keys_BakedAndTheMostFrequentBaselineKey()
    {
        KeyShare[] shares = [Share<A>(0.5), Share<B>(0.25), Share<C>(0.125), Share<D>(0.125)];

        var keys = PlainPath.Keys(shares, baked: Keys(typeof(A)), baseline: Keys(typeof(C), typeof(B)));

        Assert.True(keys.SetEquals([typeof(A), typeof(B)]), string.Join(", ", keys));
        Assert.Equal(0.75, PlainPath.Share(keys, shares));
    }

    [Fact]
    public void LearnsBaseline_OnlyProfiledNonGenericSitesWithinTheWindow()
    {
        var window = TimeSpan.FromSeconds(1);

        Assert.True(PlainPath.LearnsBaseline(true, CallKind.Interface, T0, T0 + window, window));
        Assert.False(PlainPath.LearnsBaseline(true, CallKind.Interface, T0, T0 + window + TimeSpan.FromTicks(1), window));
        Assert.False(PlainPath.LearnsBaseline(true, CallKind.GenericVirtual, T0, T0, window));
        Assert.False(PlainPath.LearnsBaseline(false, CallKind.Virtual, T0, T0, window));
        Assert.False(PlainPath.LearnsBaseline(true, CallKind.Delegate, createdAt: null, T0, window));
    }
}
