using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks;

/// <summary>
/// A delegate invocation, <c>f(x)</c>: an indirect call through the delegate's code pointer, plus
/// one PGO guess of the target method. The site learns target methods, not delegate objects: the
/// receivers are 16 distinct delegates per method.
/// </summary>
/// <remarks>No type switch: a delegate's target method cannot be told apart by type.</remarks>
public class DelegateCallBenchmarks : CallSiteBenchmark<Func<int, int>>
{
    private readonly int _x = 5;

    [GlobalSetup(Target = nameof(Plain))]
    public void SetUpPlain() => SetUp(Plain);

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpoline() => SetUp(Optpoline, InvokeSite.Site);

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain()
    {
        var sum = 0L;
        var x = _x;
        foreach (var f in receivers)
        {
            sum += f(x);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline()
    {
        var sum = 0L;
        var x = _x;
        foreach (var f in receivers)
        {
            var d = InvokeSite.Target;
            sum += d is null ? f(x) : d(f, x);
        }

        return sum;
    }

    protected override Func<int, int> Create(int type, int n) => Functions.Create(type, n);

    /// <summary>
    /// The site as the rewriter generates it: created on first use (in set-up) through the rewriter's
    /// own factory, which stores every publication in <c>Target</c>, the field the shim reads.
    /// </summary>
    private static class InvokeSite
    {
        public static readonly CallSite<Func<Func<int, int>, int, int>> Site = CallSite.ForGeneratedDelegateCode<Func<Func<int, int>, int, int>>(
            typeof(Func<int, int>).TypeHandle,
            typeof(DelegateCallBenchmarks).GetMethod(nameof(Optpoline))!.MethodHandle, typeof(DelegateCallBenchmarks).TypeHandle,
            0, nameof(DelegateCallBenchmarks) + ".Optpoline", Store);

        public static Func<Func<int, int>, int, int>? Target;

        private static void Store(Func<Func<int, int>, int, int>? target) => Volatile.Write(ref Target, target);
    }
}
