using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// <c>ResolverSites.Process&lt;Item&gt;(r, x) =&gt; r.Get&lt;Item&gt;().Apply(x)</c> in a loop: a generic virtual
/// call (never devirtualized by the JIT) and a virtual call on its result, both in code shared by every
/// reference-type instantiation. Plain, and woven with its sites promoting as they do by default.
/// </summary>
public class GenericVirtualInGenericCodeBenchmarks : PromotingLoopBenchmark
{
    private static readonly Item s_x = new(1, "x");
    private Resolver[]? _resolvers;

    protected override string SitesType => "ResolverSites";

    protected override string Caller => "Process";

    protected override Type[] Instantiation => [typeof(Item)];

    [GlobalSetup(Target = nameof(Baked))]
    public void SetUpBakedBuild() => SetUpBaked();

    /// <summary>Guards baked into the generic code, right for every instantiation, ahead of the adaptive site.</summary>
    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Baked() => Run();

    protected override Func<long> Bind(Type sites)
    {
        var resolvers = _resolvers ??= ReceiverMix.Uniform(HotTypes, (type, _) => Resolvers.Create(type));
        var sum = sites.GetMethod("Sum")!.MakeGenericMethod(typeof(Item)).CreateDelegate<Func<Resolver[], Item, long>>();
        return () => sum(resolvers, s_x);
    }
}
