using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks;

/// <summary>An interface call, <c>shape.Area()</c>: virtual stub dispatch, plus one PGO guess.</summary>
public class InterfaceCallBenchmarks : CallSiteBenchmark<IShape>
{
    [GlobalSetup(Targets = [nameof(Plain), nameof(TypeSwitch)])]
    public void SetUpPlain() => SetUp(Plain);

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpoline() => SetUp(Optpoline, AreaSite.Site);

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain()
    {
        var sum = 0L;
        foreach (var shape in receivers)
        {
            sum += shape.Area();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline()
    {
        var sum = 0L;
        foreach (var shape in receivers)
        {
            var d = AreaSite.Target;
            sum += d is null ? shape.Area() : d(shape);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long TypeSwitch()
    {
        var sum = 0L;
        foreach (var shape in receivers)
        {
            sum += shape switch
            {
                Circle s => s.Area(),
                Square s => s.Area(),
                Rectangle s => s.Area(),
                Triangle s => s.Area(),
                Ring s => s.Area(),
                Hexagon s => s.Area(),
                Ellipse s => s.Area(),
                Kite s => s.Area(),
                _ => shape.Area(),
            };
        }

        return sum;
    }

    protected override IShape Create(int type, int n) => Shapes.Create(type, n);

    /// <summary>
    /// The site as the rewriter generates it: created on first use (in set-up) through the rewriter's
    /// own factory, which stores every publication in <c>Target</c>, the field the shim reads.
    /// </summary>
    private static class AreaSite
    {
        public static readonly CallSite<Func<IShape, int>> Site = CallSite.ForGeneratedCode<Func<IShape, int>>(
            typeof(IShape).GetMethod(nameof(IShape.Area))!.MethodHandle, typeof(IShape).TypeHandle,
            typeof(InterfaceCallBenchmarks).GetMethod(nameof(Optpoline))!.MethodHandle, typeof(InterfaceCallBenchmarks).TypeHandle,
            0, nameof(InterfaceCallBenchmarks) + ".Optpoline", Store);

        public static Func<IShape, int>? Target;

        private static void Store(Func<IShape, int>? target) => Volatile.Write(ref Target, target);
    }
}
