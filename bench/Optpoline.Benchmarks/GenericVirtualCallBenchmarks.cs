using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks;

/// <summary>
/// A generic virtual call at one instantiation, <c>transform.Apply&lt;int&gt;(x)</c>: the runtime's
/// generic-virtual lookup helper on every call; dynamic PGO makes no guess.
/// </summary>
public class GenericVirtualCallBenchmarks : CallSiteBenchmark<Transform>
{
    private readonly int _x = 5;

    [GlobalSetup(Targets = [nameof(Plain), nameof(TypeSwitch)])]
    public void SetUpPlain() => SetUp(Plain);

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpoline() => SetUp(Optpoline, ApplySite.Site);

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain()
    {
        var sum = 0L;
        var x = _x;
        foreach (var transform in receivers)
        {
            sum += transform.Apply(x);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline()
    {
        var sum = 0L;
        var x = _x;
        foreach (var transform in receivers)
        {
            var d = ApplySite.Target;
            sum += d is null ? transform.Apply(x) : d(transform, x);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long TypeSwitch()
    {
        var sum = 0L;
        var x = _x;
        foreach (var transform in receivers)
        {
            // A call on a sealed type is a direct call, generic virtual or not.
            sum += transform switch
            {
                AddTransform t => t.Apply(x),
                SubtractTransform t => t.Apply(x),
                ScaleTransform t => t.Apply(x),
                NegateTransform t => t.Apply(x),
                SquareTransform t => t.Apply(x),
                AffineTransform t => t.Apply(x),
                ClampTransform t => t.Apply(x),
                IncrementTransform t => t.Apply(x),
                _ => transform.Apply(x),
            };
        }

        return sum;
    }

    protected override Transform Create(int type, int n) => Transforms.Create(type, n);

    /// <summary>
    /// The site as the rewriter generates it: created on first use (in set-up) through the rewriter's
    /// own factory, which stores every publication in <c>Target</c>, the field the shim reads.
    /// </summary>
    private static class ApplySite
    {
        public static readonly CallSite<Func<Transform, int, int>> Site = CallSite.ForGeneratedCode<Func<Transform, int, int>>(
            typeof(Transform).GetMethod(nameof(Transform.Apply))!.MakeGenericMethod(typeof(int)).MethodHandle, typeof(Transform).TypeHandle,
            typeof(GenericVirtualCallBenchmarks).GetMethod(nameof(Optpoline))!.MethodHandle, typeof(GenericVirtualCallBenchmarks).TypeHandle,
            0, nameof(GenericVirtualCallBenchmarks) + ".Optpoline", Store);

        public static Func<Transform, int, int>? Target;

        private static void Store(Func<Transform, int, int>? target) => Volatile.Write(ref Target, target);
    }
}
