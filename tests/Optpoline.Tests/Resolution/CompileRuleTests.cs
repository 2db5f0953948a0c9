using Optpoline.Dispatch;
using Optpoline.Tests.Differential;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Resolution;

/// <summary>
/// A call through a site never compiles: only the patcher (and the public API that creates a site)
/// emits code. <see cref="CompileRule"/> counts, per thread, every emission made elsewhere.
/// </summary>
public sealed class CompileRuleTests
{
    [Fact]
    public void Invoke_EveryShapeOfEveryKind_NeverCompilesOnTheCallingThread()
    {
        var patcher = new TestPatcher(EagerOptions.Fixed);
        var shapes = patcher.Site<Func<IShape, string>>(s => s.Name());
        var mappers = patcher.Site<Func<Mapper, int, int>>((m, x) => m.Map(x));
        var functions = patcher.DelegateSite<Func<Func<int, int>, int, int>>();
        Func<int, int>[] delegates = [x => x + 1, x => x * 2, x => x - 3];
        Mapper[] mapperReceivers = [new DoublingMapper(), new DoublingMapper()];
        var before = CompileRule.ViolationsOnThisThread;

        for (var round = 0; round < 4; round++)
        {
            patcher.Train(All.Shapes[..4], s => shapes.Invoke(s), rounds: 1);
            patcher.Train(mapperReceivers, m => mappers.Invoke(m, 3), rounds: 1);
            patcher.Train(delegates, f => functions.Invoke(f, 5), rounds: 1);
        }

        Assert.Equal(SiteState.Promoted, shapes.State);
        Assert.Equal(SiteState.Promoted, functions.State);
        Assert.Equal(before, CompileRule.ViolationsOnThisThread);
    }

    [Fact]
    public void ForGeneratedCode_CreatedAndCalledOffThePatcher_NeverCompiles()
    {
        var callee = typeof(Mapper).GetMethod(nameof(Mapper.Map))!.MakeGenericMethod(typeof(int));
        var caller = typeof(CompileRuleTests).GetMethod(nameof(ForGeneratedCode_CreatedAndCalledOffThePatcher_NeverCompiles))!;
        var before = CompileRule.ViolationsOnThisThread;

        var site = CallSite.ForGeneratedCode<Func<Mapper, int, int>>(callee.MethodHandle, typeof(Mapper).TypeHandle, caller.MethodHandle, typeof(CompileRuleTests).TypeHandle, 0x10, null, null);
        var result = site.Target is { } target ? target(new DoublingMapper(), 4) : new DoublingMapper().Map(4);

        Assert.Equal(8, result);
        Assert.Equal(before, CompileRule.ViolationsOnThisThread);
    }

    /// <summary>The counter the other tests rely on does count: emitting a plain stub outside any allowed scope.</summary>
    [Fact]
    public void CreatePlain_GenericVirtualOffThePatcher_CountsAViolation()
    {
        var before = CompileRule.ViolationsOnThisThread;

        DispatcherCompiler.CreatePlain(typeof(Func<Mapper, int, int>), typeof(Mapper).GetMethod(nameof(Mapper.Map))!.MakeGenericMethod(typeof(int)));

        Assert.Equal(before + 1, CompileRule.ViolationsOnThisThread);
    }
}
