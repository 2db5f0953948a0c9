using Optpoline.Dispatch;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Delegates;

using Op = Func<int, string?, string>;

public sealed class DelegateSiteTests
{
    // These tests are about dispatching delegates, not about whether it pays: every target counts as
    // one a dispatcher inlines (the fixtures' targets concatenate strings, above the default limit).
    private static readonly OptpolineOptions AnyTargetSize = new() { BurstLength = 32, MaxInlinedTargetSize = int.MaxValue };

    private static readonly string[] s_four = ["lambda capturing a counter", "virtual, override at depth 2", "open static generic <string>", "closed static over a string"];

    [Fact]
    public void Site_DelegateInvocation_IsADelegateSiteOnInvoke()
    {
        var patcher = new TestPatcher(AnyTargetSize);

        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));

        Assert.Equal(CallKind.Delegate, site.Kind);
        Assert.Equal(typeof(Op).GetMethod("Invoke"), site.Method);
        Assert.Equal("lambda:1x", site.Invoke((a, s) => "lambda:" + a + s, 1, "x"));
    }

    [Fact]
    public void Train_FourTargetsFreshDelegateEveryCall_PromotesAndFreshDelegatesHitTheSlots()
    {
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));
        var kinds = s_four.Select(DelegateZoo.Named).ToList();

        patcher.Train(kinds, k => site.Invoke(k.Create(), 1, "x"));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(4, site.Learning().Slots.Count);
        var missesBefore = site.CurrentMisses;
        foreach (var kind in kinds)
        {
            var (plain, promoted) = (kind.Create(), kind.Create());
            Assert.NotNull(DelegateProbe.SlotFor(site, promoted));
            Assert.Equal(plain(3, "y"), site.Target!(promoted, 3, "y"));
        }

        Assert.Equal(missesBefore, site.CurrentMisses);
    }

    [Fact]
    public void Train_WithMulticastAndDynamicDelegates_TheyNeverTakeASlotAndStillRun()
    {
        var patcher = new TestPatcher(Differential.EagerOptions.Fixed);
        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));
        string[] unusual = ["multicast", "multicast of one method", "dynamic method", "compiled expression", "another delegate's Invoke"];
        var kinds = s_four.Concat(unusual).Select(DelegateZoo.Named).ToList();

        patcher.Train(kinds, k => site.Invoke(k.Create(), 2, "z"));

        Assert.Equal(SiteState.Promoted, site.State);
        foreach (var kind in unusual.Select(DelegateZoo.Named))
        {
            var (plain, promoted) = (kind.Create(), kind.Create());
            Assert.Null(DelegateProbe.SlotFor(site, promoted));
            Assert.Equal(Outcome(() => plain(5, "w")), Outcome(() => site.Target!(promoted, 5, "w")));
        }
    }

    [Fact]
    public void Dispatcher_SharedGenericCodeLearnedForOneInstantiation_OtherInstantiationMissesAndRunsItsOwn()
    {
        // Shelf<string>.Show and Shelf<object>.Show share code pointers: the slot must test the target's type.
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));
        var kinds = new[] { "generic class <string> (shared code)", "open static", "static lambda" }.Select(DelegateZoo.Named).ToList();
        patcher.Train(kinds, k => site.Invoke(k.Create(), 1, "x"));
        Assert.Equal(SiteState.Promoted, site.State);
        Op other = new Shelf<object>("not a string").Show;
        var misses = site.CurrentMisses;

        var result = site.Target!(other, 4, "!");

        Assert.Equal("shelf<Object>:not a string4!", result);
        Assert.Null(DelegateProbe.SlotFor(site, other));
        Assert.Equal(misses + 1, site.CurrentMisses);
    }

    [Fact]
    public void Dispatcher_StructTarget_MutatesTheDelegatesBox()
    {
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));
        var kinds = new[] { "struct instance method (boxed, mutated)", "open static", "static lambda" }.Select(DelegateZoo.Named).ToList();
        patcher.Train(kinds, k => site.Invoke(k.Create(), 1, "x"));
        Op clicker = new Clicker(10).Click;

        var results = Enumerable.Range(0, 3).Select(i => site.Target!(clicker, i, "")).ToList();

        Assert.NotNull(DelegateProbe.SlotFor(site, clicker));
        Assert.Equal(["click:10", "click:21", "click:33"], results);
    }

    [Fact]
    public void Dispatcher_ThrowingTargetsAndNullDelegate_ThrowAsThePlainCall()
    {
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));
        var kinds = new[] { "open static, throws", "extension method, throws", "virtual, override" }.Select(DelegateZoo.Named).ToList();
        patcher.Train(kinds, k => Outcome(() => site.Invoke(k.Create(), 1, "x")));
        Assert.Equal(SiteState.Promoted, site.State);

        foreach (var kind in kinds)
        {
            Assert.Equal(Outcome(() => kind.Create()(10, null)), Outcome(() => site.Target!(kind.Create(), 10, null)));
        }

        Assert.Equal(Outcome(() => ((Op)null!)(1, "x")), Outcome(() => site.Target!(null!, 1, "x")));
    }

    [Fact]
    public void Train_CovariantDelegatesAtAnObjectReturningSite_Promote()
    {
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.Site<Func<Func<object>, object>>(f => f());
        Func<object>[] delegates = [(Func<string>)"abc".ToUpperInvariant, (Func<string>)"xyz".Trim, () => 42, (Func<Uri>)(() => new Uri("http://a.example"))];

        patcher.Train(delegates, d => site.Invoke(d));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(delegates.Select(d => d()), delegates.Select(d => site.Target!(d)));
    }

    [Fact]
    public void Train_CustomDelegateWithRefParameter_MutationsReachTheCaller()
    {
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.DelegateSite<BumpSite>();
        Bump[] bumps = [Bumps.Twice, (ref int x) => x += 3, new Bumps(5).Add, Bumps.Negate];

        patcher.Train(bumps, b =>
        {
            var x = 1;
            site.Invoke(b, ref x);
        });

        Assert.Equal(SiteState.Promoted, site.State);
        foreach (var bump in bumps)
        {
            var (expected, actual) = (7, 7);
            var plain = bump(ref expected);
            var promoted = site.Target!(bump, ref actual);
            Assert.Equal((expected, plain), (actual, promoted));
        }
    }

    [Fact]
    public void ForDelegate_FirstParameterNotADelegate_Throws()
    {
        Assert.Throws<ArgumentException>(() => CallSite.ForDelegate<Func<string, int>>());
    }

    [Fact]
    public void ForGeneratedDelegateCode_CallerHandles_KeyNamesTheCallerAndKindIsDelegate()
    {
        var caller = typeof(DelegateSiteTests).GetMethod(nameof(ForGeneratedDelegateCode_CallerHandles_KeyNamesTheCallerAndKindIsDelegate))!;

        var site = CallSite.ForGeneratedDelegateCode<Func<Op, int, string?, string>>(typeof(Op).TypeHandle, caller.MethodHandle, typeof(DelegateSiteTests).TypeHandle, 0x2A, null, null);

        Assert.Equal(CallKind.Delegate, site.Kind);
        Assert.EndsWith("DelegateSiteTests::ForGeneratedDelegateCode_CallerHandles_KeyNamesTheCallerAndKindIsDelegate@IL_002A", site.Key, StringComparison.Ordinal);
        Assert.NotEqual(SiteState.Disabled, site.State);
    }

    [Fact]
    public void Report_PromotedDelegateSite_NamesTargetMethods()
    {
        var patcher = new TestPatcher(AnyTargetSize);
        var site = patcher.Site<Func<Op, int, string?, string>>((f, a, s) => f(a, s));
        patcher.Train(s_four.Select(DelegateZoo.Named).ToList(), k => site.Invoke(k.Create(), 1, "x"));

        var snapshot = patcher.Patcher.Report().Sites.Single();

        Assert.Equal(CallKind.Delegate, snapshot.Kind);
        Assert.Contains(snapshot.Slots, s => s.ReceiverType == "instance" && s.Target == "Louder.Speak");
        Assert.Contains(snapshot.Slots, s => s.ReceiverType == "static, closed" && s.Target == "StaticTargets.Prefixed");
        Assert.Contains(snapshot.Samples, s => s.Type == "StaticTargets.Generic");
    }

    [Fact]
    public void Find_RuntimeWithoutTheFields_SaysWhichAreMissing()
    {
        var fields = DelegateFields.Find(typeof(object), typeof(string));

        Assert.Contains("_methodPtr", fields.MissingReason, StringComparison.Ordinal);
        Assert.Contains("_invocationCount", fields.MissingReason, StringComparison.Ordinal);
        Assert.Null(DelegateFields.Instance.MissingReason);
    }

    private static string Outcome(Func<object?> call)
    {
        try
        {
            return "returned " + call();
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }

    public delegate int Bump(ref int x);

    public delegate int BumpSite(Bump bump, ref int x);

    private sealed class Bumps(int step)
    {
        public static int Twice(ref int x) => x *= 2;

        public static int Negate(ref int x) => x = -x;

        public int Add(ref int x) => x += step;
    }
}
