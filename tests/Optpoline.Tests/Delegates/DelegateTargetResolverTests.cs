using Optpoline.Dispatch;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Delegates;

public sealed class DelegateTargetResolverTests
{
    private static readonly System.Reflection.MethodInfo s_invoke = typeof(Func<int, string?, string>).GetMethod("Invoke")!;

    [Theory]
    [InlineData("static lambda", nameof(DelegateShape.ClosedInstance), false)]
    [InlineData("lambda capturing a counter", nameof(DelegateShape.ClosedInstance), false)]
    [InlineData("open static", nameof(DelegateShape.OpenStatic), false)]
    [InlineData("open static generic <int>", nameof(DelegateShape.OpenStatic), false)]
    [InlineData("contravariant (object parameter)", nameof(DelegateShape.OpenStatic), false)]
    [InlineData("virtual, inherited override", nameof(DelegateShape.ClosedInstance), false)]
    [InlineData("generic class <object> (shared code)", nameof(DelegateShape.ClosedInstance), false)]
    [InlineData("struct instance method (boxed, mutated)", nameof(DelegateShape.ClosedInstance), true)]
    [InlineData("generic struct <string>", nameof(DelegateShape.ClosedInstance), true)]
    [InlineData("closed static over null", nameof(DelegateShape.ClosedStatic), false)]
    [InlineData("extension method, throws", nameof(DelegateShape.ClosedStatic), false)]
    public void Resolve_PromotableDelegate_FindsItsShape(string kind, string shape, bool unbox)
    {
        var d = DelegateZoo.Named(kind).Create();

        var target = DelegateTargetResolver.Resolve(s_invoke, DelegateProbe.KeyOf(d), out var refusal);

        Assert.Null(refusal);
        Assert.NotNull(target);
        Assert.Equal((Enum.Parse<DelegateShape>(shape), unbox), (target.Shape, target.Unbox));
        Assert.Equal(d.Method, target.Implementation);
    }

    [Fact]
    public void Resolve_EveryNonPromotableKind_IsRefusedWithAReason()
    {
        foreach (var entry in DelegateZoo.All.Where(e => !e.Promotable))
        {
            var target = DelegateTargetResolver.Resolve(s_invoke, DelegateProbe.KeyOf(entry.Create()), out var refusal);

            Assert.Null(target);
            Assert.False(string.IsNullOrEmpty(refusal), entry.Name);
        }
    }

    [Fact]
    public void Resolve_OpenInstanceDelegate_IsRefused()
    {
        var open = (Func<Accumulator, int, string?, string>)Delegate.CreateDelegate(typeof(Func<Accumulator, int, string?, string>), typeof(Accumulator).GetMethod(nameof(Accumulator.Add))!);

        var target = DelegateTargetResolver.Resolve(open.GetType().GetMethod("Invoke")!, DelegateProbe.KeyOf(open), out var refusal);

        Assert.Null(target);
        Assert.NotNull(refusal);
    }

    [Fact]
    public void Resolve_ConflictedKey_IsRefused()
    {
        var key = DelegateProbe.KeyOf(DelegateZoo.Named("open static").Create());
        key.Confirm((Func<int, string?, string>)StaticTargets.Thrower);

        Assert.True(key.Conflicted);
        Assert.Null(DelegateTargetResolver.Resolve(s_invoke, key, out var refusal));
        Assert.Contains("different methods", refusal, StringComparison.Ordinal);
    }
}
