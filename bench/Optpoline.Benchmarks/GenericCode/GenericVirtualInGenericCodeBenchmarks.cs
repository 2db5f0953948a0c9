using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// <c>ResolverSites.Process&lt;Item&gt;(r, x) =&gt; r.Get&lt;Item&gt;().Apply(x)</c> in a loop: a generic virtual
/// call (never devirtualized by the JIT) and a virtual call on its result, both in code shared by every
/// reference-type instantiation. Plain, and woven with its sites promoting as they do by default.
/// </summary>
public class GenericVirtualInGenericCodeBenchmarks : WovenLoopBenchmark
{
    private static readonly Item s_x = new(1, "x");
    private Resolver[]? _resolvers;

    /// <summary>Resolver types in the loop, equally often: 1, or 3 (each with its own handler type).</summary>
    [Params(1, 3)]
    public int HotTypes { get; set; }

    protected override string SitesType => "ResolverSites";

    protected override string Caller => "Process";

    protected override Type[] Instantiation => [typeof(Item)];

    protected override string Case => $"{nameof(GenericVirtualInGenericCodeBenchmarks)}/HotTypes={HotTypes}";

    [GlobalSetup(Target = nameof(Plain))]
    public void SetUpPlainBuild() => SetUpPlain();

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpolineBuild() => SetUpPromoting();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain() => Run();

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline() => Run();

    protected override Func<long> Bind(Type sites)
    {
        var resolvers = _resolvers ??= ReceiverMix.Uniform(HotTypes, (type, _) => Resolvers.Create(type));
        var sum = sites.GetMethod("Sum")!.MakeGenericMethod(typeof(Item)).CreateDelegate<Func<Resolver[], Item, long>>();
        return () => sum(resolvers, s_x);
    }
}
