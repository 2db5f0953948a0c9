using System.Collections.ObjectModel;
using Optpoline.Dispatch;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Differential;

/// <summary>
/// Receivers whose dispatch the runtime decides per object or through runtime-provided interfaces
/// (arrays, <see cref="System.Runtime.InteropServices.IDynamicInterfaceCastable"/>) must never get a
/// slot, and a site that sees them must stay correct.
/// </summary>
public sealed class UnguardableReceiverTests
{
    public static TheoryData<Type, string, Type> ArrayCalls => new()
    {
        { typeof(IList<int>), "get_Item", typeof(int[]) },
        { typeof(ICollection<int>), "get_Count", typeof(int[]) },
        { typeof(IEnumerable<int>), "GetEnumerator", typeof(int[]) },
        { typeof(IReadOnlyList<string>), "get_Item", typeof(string[]) },
        { typeof(IList<object>), "get_Item", typeof(string[]) },
    };

    [Theory]
    [MemberData(nameof(ArrayCalls))]
    public void Resolve_ArrayReceiver_Refused(Type declaring, string name, Type array)
    {
        var method = declaring.GetMethod(name)!;

        var target = TargetResolver.Resolve(method, Array.CreateInstance(array.GetElementType()!, 1), out var refusal);

        Assert.Null(target);
        Assert.False(string.IsNullOrEmpty(refusal));
    }

    [Fact]
    public void Resolve_ListReceiverOfTheSameMethod_Resolved()
    {
        var method = typeof(IList<int>).GetMethod("get_Item")!;

        var target = TargetResolver.Resolve(method, new List<int>(), out var refusal);

        Assert.Null(refusal);
        Assert.Equal(typeof(List<int>), target?.Implementation.DeclaringType);
    }

    [Fact]
    public void Resolve_DynamicInterfaceCastableReceiver_Refused()
    {
        var target = TargetResolver.Resolve(typeof(IGreeter).GetMethod(nameof(IGreeter.Greet))!, new DynamicGreeter(loud: false), out var refusal);

        Assert.Null(target);
        Assert.False(string.IsNullOrEmpty(refusal));
    }

    [Fact]
    public void Invoke_ArraysAmongLists_ArraysGetNoSlotAndEveryCallMatchesPlainCall()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<IList<int>, int, int>>((list, i) => list[i]);
        IList<int>[] receivers = [new[] { 10, 11, 12 }, new List<int> { 20, 21 }, new Collection<int> { 30, 31, 32, 33 }, new[] { 40 }, new List<int> { 50, 51, 52 }];

        var promotedCalls = DriveAndCompare(patcher, site, receivers, (list, i) => list[i]);

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Contains(site.Learning().Slots, s => s.Receiver == typeof(List<int>));
        Assert.DoesNotContain(site.Learning().Slots, s => s.Receiver.IsArray);
        Assert.True(site.Learning().Targets.Resolved.TryGetValue(typeof(int[]), out var array) && array is null, "int[] was sampled and refused");
        Assert.True(promotedCalls > 0);
    }

    [Fact]
    public void Invoke_DynamicInterfaceCastableAmongClasses_GetsNoSlotAndEveryCallMatchesPlainCall()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var site = patcher.Site<Func<IGreeter, int, string>>((g, a) => g.Greet(a));
        IGreeter[] receivers = [new EnglishGreeter(), (IGreeter)(object)new DynamicGreeter(loud: true), new FrenchGreeter(), (IGreeter)(object)new DynamicGreeter(loud: false)];

        var promotedCalls = DriveAndCompare(patcher, site, receivers, (g, a) => g.Greet(a));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Contains(site.Learning().Slots, s => s.Receiver == typeof(EnglishGreeter));
        Assert.DoesNotContain(site.Learning().Slots, s => s.Receiver == typeof(DynamicGreeter));
        Assert.True(site.Learning().Targets.Resolved.TryGetValue(typeof(DynamicGreeter), out var dynamic) && dynamic is null, "DynamicGreeter was sampled and refused");
        Assert.True(promotedCalls > 0);
    }

    /// <summary>
    /// Calls the site round-robin over the receivers through the patcher's bursts, alternating
    /// <c>Invoke</c> and the shim form, and asserts each call returns or throws what the plain call does.
    /// Returns how many calls ran while the site was promoted.
    /// </summary>
    private static int DriveAndCompare<TReceiver, TResult>(TestPatcher patcher, CallSite<Func<TReceiver, int, TResult>> site, TReceiver[] receivers, Func<TReceiver, int, TResult> plain)
    {
        var promoted = 0;
        for (var call = 0; call < 400; call++)
        {
            if (call % 8 == 0)
            {
                patcher.Tick();
            }

            var receiver = receivers[call % receivers.Length];
            var argument = call % 5;
            var expected = Outcome(() => plain(receiver, argument));
            var target = site.Target;
            var actual = call % 2 == 0
                ? Outcome(() => site.Invoke(receiver, argument))
                : Outcome(() => target is null ? plain(receiver, argument) : target(receiver, argument));
            Assert.True(expected == actual, $"call #{call} on {receiver!.GetType().Name}({argument}): plain {expected}, site {actual}");
            promoted += site.State == SiteState.Promoted && !site.IsArmed ? 1 : 0;
        }

        return promoted;
    }

    private static string Outcome<T>(Func<T> call)
    {
        try
        {
            return $"returned {call()}";
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}";
        }
    }
}
