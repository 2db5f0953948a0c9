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
            var d = CostSite.Site.Target;
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

    /// <summary>The site as the rewriter would generate it: static readonly, created on first use (in set-up).</summary>
    private static class CostSite
    {
        public static readonly CallSite<Func<Tariff, int, int>> Site = CallSite.Create<Func<Tariff, int, int>>(
            (t, units) => t.Cost(units), key: nameof(AbstractClassCallBenchmarks) + ".Optpoline", options: new SiteOptions { PlainCallIsProfiled = true });
    }
}
