using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks;

/// <summary>An abstract-class call with an argument, <c>tariff.Cost(units)</c>: a vtable call, plus one PGO guess.</summary>
public class AbstractClassCallBenchmarks : CallSiteBenchmark<Tariff>
{
    private readonly int _units = 3;

    [GlobalSetup(Targets = [nameof(Plain), nameof(TypeSwitch)])]
    public void SetUpPlain() => SetUp(Plain);

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpoline() => SetUp(Optpoline, CostSite.Site);

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain()
    {
        var sum = 0L;
        var units = _units;
        foreach (var tariff in receivers)
        {
            sum += tariff.Cost(units);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline()
    {
        var sum = 0L;
        var units = _units;
        foreach (var tariff in receivers)
        {
            var d = CostSite.Target;
            sum += d is null ? tariff.Cost(units) : d(tariff, units);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long TypeSwitch()
    {
        var sum = 0L;
        var units = _units;
        foreach (var tariff in receivers)
        {
            sum += tariff switch
            {
                FlatTariff t => t.Cost(units),
                PerUnitTariff t => t.Cost(units),
                StandingChargeTariff t => t.Cost(units),
                CappedTariff t => t.Cost(units),
                MinimumTariff t => t.Cost(units),
                DiscountedTariff t => t.Cost(units),
                TwoTierTariff t => t.Cost(units),
                FreeAllowanceTariff t => t.Cost(units),
                _ => tariff.Cost(units),
            };
        }

        return sum;
    }

    protected override Tariff Create(int type, int n) => Tariffs.Create(type, n);

    /// <summary>
    /// The site as the rewriter generates it: created on first use (in set-up) through the rewriter's
    /// own factory, which stores every publication in <c>Target</c>, the field the shim reads.
    /// </summary>
    private static class CostSite
    {
        public static readonly CallSite<Func<Tariff, int, int>> Site = CallSite.ForGeneratedCode<Func<Tariff, int, int>>(
            typeof(Tariff).GetMethod(nameof(Tariff.Cost))!.MethodHandle, typeof(Tariff).TypeHandle,
            typeof(AbstractClassCallBenchmarks).GetMethod(nameof(Optpoline))!.MethodHandle, typeof(AbstractClassCallBenchmarks).TypeHandle,
            0, nameof(AbstractClassCallBenchmarks) + ".Optpoline", Store);

        public static Func<Tariff, int, int>? Target;

        private static void Store(Func<Tariff, int, int>? target) => Volatile.Write(ref Target, target);
    }
}
