using System.Reflection;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Baking;

/// <summary><c>shape.Area()</c> in <c>InterfaceSites.Sum</c>: plain, woven, baked.</summary>
public class BakedInterfaceCallBenchmarks : BakedCallSiteBenchmark<IShape>
{
    protected override string SitesType => "InterfaceSites";

    protected override Func<IShape[], long> Bind(MethodInfo sum) => sum.CreateDelegate<Func<IShape[], long>>();

    protected override IShape Create(int type, int n) => Shapes.Create(type, n);
}
