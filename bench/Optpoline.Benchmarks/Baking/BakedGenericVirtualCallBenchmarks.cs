using System.Reflection;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Baking;

/// <summary><c>transform.Apply&lt;int&gt;(x)</c> in <c>GenericVirtualSites.Sum</c>: plain, woven, baked.</summary>
public class BakedGenericVirtualCallBenchmarks : BakedCallSiteBenchmark<Transform>
{
    /// <summary>The argument every call passes (as <c>GenericVirtualCallBenchmarks</c> does).</summary>
    private const int X = 5;

    protected override string SitesType => "GenericVirtualSites";

    protected override Func<Transform[], long> Bind(MethodInfo sum)
    {
        var f = sum.CreateDelegate<Func<Transform[], int, long>>();
        return receivers => f(receivers, X);
    }

    protected override Transform Create(int type, int n) => Transforms.Create(type, n);
}
