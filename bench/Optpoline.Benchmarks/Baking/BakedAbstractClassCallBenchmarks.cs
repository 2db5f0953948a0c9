using System.Reflection;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Baking;

/// <summary><c>tariff.Cost(units)</c> in <c>AbstractClassSites.Sum</c>: plain, woven, baked.</summary>
public class BakedAbstractClassCallBenchmarks : BakedCallSiteBenchmark<Tariff>
{
    /// <summary>The argument every call passes (as <c>AbstractClassCallBenchmarks</c> does).</summary>
    private const int Units = 3;

    protected override string SitesType => "AbstractClassSites";

    protected override Func<Tariff[], long> Bind(MethodInfo sum)
    {
        var f = sum.CreateDelegate<Func<Tariff[], int, long>>();
        return receivers => f(receivers, Units);
    }

    protected override Tariff Create(int type, int n) => Tariffs.Create(type, n);
}
