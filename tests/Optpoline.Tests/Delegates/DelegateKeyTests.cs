using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Delegates;

/// <summary>
/// The facts the delegate guard stands on, measured on the running runtime: what a delegate's code
/// pointers name, and when two delegates share them.
/// </summary>
public sealed class DelegateKeyTests
{
    [Fact]
    public void KeyOf_FreshDelegatesOfOneKind_ShareOneKey()
    {
        foreach (var entry in DelegateZoo.All.Where(e => e.Promotable))
        {
            var first = DelegateProbe.KeyOf(entry.Create());
            var second = DelegateProbe.KeyOf(entry.Create());

            Assert.True(first.Equals(second), $"{entry}: {first} and {second} differ");
            Assert.Null(first.Refusal);
        }
    }

    [Fact]
    public void KeyOf_EqualPointers_SameMethodExceptSharedGenericCode()
    {
        var delegates = DelegateZoo.All.SelectMany(e => new[] { e.Create(), e.Create() }).Cast<Delegate>()
            .Concat(SharedCodeDelegates()).ToList();
        var sharedCodePairs = 0;
        foreach (var a in delegates)
        {
            foreach (var b in delegates)
            {
                if (DelegateProbe.Pointers(a) != DelegateProbe.Pointers(b) || IsUnusual(a) || IsUnusual(b) || SameMethod(a, b))
                {
                    continue;
                }

                // The one exception: instance methods of a generic type, whose reference-type
                // instantiations run one shared body. The key then holds the target's exact type.
                Assert.True(a.Method.DeclaringType!.IsGenericType && !a.Method.IsStatic && a.Target!.GetType() != b.Target!.GetType(), $"{a.Method} and {b.Method} share pointers");
                Assert.False(DelegateProbe.KeyOf(a).Equals(DelegateProbe.KeyOf(b)));
                sharedCodePairs++;
            }
        }

        Assert.True(sharedCodePairs > 0, "Shelf<string>.Show and Shelf<object>.Show were expected to share code");
    }

    [Fact]
    public void KeyOf_InstanceMethodOfGenericType_KeyHoldsTheTargetsExactType()
    {
        var forString = DelegateProbe.KeyOf(DelegateZoo.Named("generic class <string> (shared code)").Create());
        var forObject = DelegateProbe.KeyOf(DelegateZoo.Named("generic class <object> (shared code)").Create());

        Assert.True(forString.HasTargetType);
        Assert.Equal(typeof(Shelf<string>), forString.TargetType);
        Assert.Equal(typeof(Shelf<object>), forObject.TargetType);
        Assert.Equal((forString.MethodPtr, forString.MethodPtrAux), (forObject.MethodPtr, forObject.MethodPtrAux));
    }

    [Fact]
    public void KeyOf_VirtualMethodBoundOnDerivedObjects_NamesTheOverrideAtAnyDepth()
    {
        var keys = new Speaker[] { new(), new Loud(), new Louder(), new Loudest() }
            .Select(s => DelegateProbe.KeyOf((Func<int, string?, string>)s.Speak)).ToList();

        Assert.Equal([typeof(Speaker), typeof(Loud), typeof(Louder), typeof(Louder)], keys.Select(k => k.Method!.DeclaringType));
        Assert.Equal(keys[2], keys[3]);
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Fact]
    public void KeyOf_GenericMethodInstantiations_HaveDistinctKeys()
    {
        string[] kinds = ["open static generic <string>", "open static generic <object>", "open static generic <int>", "generic instance method <string>", "generic instance method <int>"];

        var keys = kinds.Select(k => DelegateProbe.KeyOf(DelegateZoo.Named(k).Create())).ToList();

        Assert.Equal(kinds.Length, keys.Distinct().Count());
    }

    [Fact]
    public void KeyOf_DelegatesMadeBeforeAndAfterTheMethodTiersUp_ShareOneKey()
    {
        Func<int, string?, string> before = TierTarget.Instance.Run;
        Func<int, string?, string> staticBefore = TierTarget.Static;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();

        // Tier-up: 30 calls start call counting, which begins 100 ms after start-up activity settles;
        // the tier-1 body is compiled in the background. Call well past that, with pauses.
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 500; i++)
            {
                TierTarget.Instance.Run(i, null);
                TierTarget.Static(i, null);
                before(i, null);
            }

            Thread.Sleep(150);
        }

        Func<int, string?, string> after = TierTarget.Instance.Run;
        Func<int, string?, string> staticAfter = TierTarget.Static;

        Assert.True(System.Runtime.JitInfo.GetCompiledMethodCount() > compiled);
        Assert.Equal(DelegateProbe.Pointers(before), DelegateProbe.Pointers(after));
        Assert.Equal(DelegateProbe.Pointers(staticBefore), DelegateProbe.Pointers(staticAfter));
    }

    [Fact]
    public void KeyOf_MulticastWrapperAndDynamicDelegates_AreRefusedAtSight()
    {
        foreach (var entry in DelegateZoo.All.Where(e => !e.Promotable && e.Name != "another delegate's Invoke"))
        {
            Assert.NotNull(DelegateProbe.KeyOf(entry.Create()).Refusal);
        }

        Assert.NotNull(DelegateProbe.KeyOf(UnmanagedTarget.Wrapper()).Refusal);
    }

    private static IEnumerable<Delegate> SharedCodeDelegates() =>
    [
        (Func<int, string?, string>)new Shelf<List<int>>([]).Show,
        (Func<int, string?, string>)new Shelf<Uri>(new Uri("http://example.org")).Show,
    ];

    private static bool SameMethod(Delegate a, Delegate b) =>
        a.Method.MethodHandle == b.Method.MethodHandle && a.Method.DeclaringType == b.Method.DeclaringType;

    private static bool IsUnusual(Delegate d) => d.GetInvocationList().Length > 1 || DelegateProbe.KeyOf(d).Refusal is not null;

    private sealed class TierTarget
    {
        public static readonly TierTarget Instance = new();

        [MethodImpl(MethodImplOptions.NoInlining)]
        public string Run(int a, string? s) => "tier:" + a + s;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static string Static(int a, string? s) => "tier-static:" + a + s;
    }

    private static unsafe class UnmanagedTarget
    {
        public delegate int IntFunction(int x);

        public static IntFunction Wrapper() => Marshal.GetDelegateForFunctionPointer<IntFunction>((nint)(delegate* unmanaged<int, int>)&Unmanaged);

        [UnmanagedCallersOnly]
        private static int Unmanaged(int x) => x + 1;
    }
}
