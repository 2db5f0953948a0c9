using Optpoline.Dispatch;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Patching;

/// <summary>
/// Class virtual and delegate calls promote only for calls whose target a dispatcher can inline
/// (<see cref="OptpolineOptions.MaxInlinedTargetSize"/>); interface and generic virtual calls for any miss.
/// </summary>
public sealed class InlineCostTests
{
    private static readonly SiteOptions Profiled = new() { PlainCallIsProfiled = true };

    [Fact]
    public void ClassVirtual_LargeTargets_StaysPlainAndSaysWhy()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Worker, int, int>>((w, x) => w.Work(x), Profiled);

        patcher.Train(Workers.All, w => site.Invoke(w, 1));

        Assert.Equal(SiteState.Plain, site.State);
        Assert.Contains("the JIT's guess misses 100 % of calls, but only 0 % go to methods small enough for a dispatcher to inline", site.Learning().Reason, StringComparison.Ordinal);
        Assert.Null(site.Target);
    }

    [Fact]
    public void ClassVirtual_SmallTargetsThatMakeAnIndirectCall_StaysPlain()
    {
        // Accept(v) => v.Visit(this): inlined, the interface call is still there to pay.
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Event, IEventVisitor, int>>((e, v) => e.Accept(v), Profiled);
        var visitor = new CountingVisitor();

        patcher.Train(Events.All, e => site.Invoke(e, visitor));

        Assert.Equal(SiteState.Plain, site.State);
        Assert.Contains("only 0 % go to methods small enough for a dispatcher to inline", site.Learning().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassVirtual_SmallTargetsThatWorkInPlace_Promotes()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Event, int, int>>((e, x) => e.Weight(x), Profiled);

        patcher.Train(Events.All, e => site.Invoke(e, 1));

        Assert.Equal(SiteState.Promoted, site.State);
    }

    [Theory]
    [InlineData(nameof(Opened.Accept), true)]
    [InlineData(nameof(Opened.Weight), false)]
    public void Estimate_SeesAnIndirectCallInTheBody(string name, bool indirect) =>
        Assert.Equal(!indirect, InlineEstimate.IsLikelyInlined(typeof(Opened).GetMethod(name)!, 32));

    [Fact]
    public void Estimate_DelegateInvokeIsIndirect_NonVirtualCallvirtIsNot()
    {
        Assert.False(InlineEstimate.IsLikelyInlined(typeof(Events).GetMethod(nameof(Events.Forward))!, 32));
        Assert.True(InlineEstimate.IsLikelyInlined(typeof(Events).GetMethod(nameof(Events.NonVirtual))!, 32));
        Assert.True(InlineEstimate.IsLikelyInlined(typeof(Events).GetMethod(nameof(Events.Arithmetic))!, 32));
    }

    [Fact]
    public void ClassVirtual_SmallTargets_Promotes()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<Shape, string>>(s => s.Name(), Profiled);

        patcher.Train(All.Shapes[..4].Cast<Shape>().ToArray(), s => site.Invoke(s));

        Assert.Equal(SiteState.Promoted, site.State);
    }

    [Fact]
    public void Interface_LargeTargets_Promotes()
    {
        var patcher = new TestPatcher();
        var site = patcher.Site<Func<IWorker, int, int>>((w, x) => w.Work(x), Profiled);

        patcher.Train(Workers.All, w => site.Invoke(w, 1));

        Assert.Equal(SiteState.Promoted, site.State);
    }

    [Fact]
    public void ClassVirtual_LargeTargetsWithNoSizeLimit_Promotes()
    {
        var patcher = new TestPatcher(new OptpolineOptions { BurstLength = 32, MaxInlinedTargetSize = int.MaxValue });
        var site = patcher.Site<Func<Worker, int, int>>((w, x) => w.Work(x), Profiled);

        patcher.Train(Workers.All, w => site.Invoke(w, 1));

        Assert.Equal(SiteState.Promoted, site.State);
        Assert.Equal(Workers.All[2].Work(5), site.Target!(Workers.All[2], 5));
    }

    [Fact]
    public void Estimate_ReadsILSizeAndInliningFlags()
    {
        Assert.True(InlineEstimate.IsLikelyInlined(typeof(A).GetMethod(nameof(A.Name))!, 32));
        Assert.False(InlineEstimate.IsLikelyInlined(typeof(Worker1).GetMethod(nameof(Worker1.Work))!, 32));
        Assert.True(InlineEstimate.IsLikelyInlined(typeof(Worker1).GetMethod(nameof(Worker1.Work))!, int.MaxValue));
        Assert.False(InlineEstimate.IsLikelyInlined(typeof(A).GetMethod(nameof(A.Name))!, 0));
    }
}
