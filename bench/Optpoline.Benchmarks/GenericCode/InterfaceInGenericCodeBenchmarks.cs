using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// <c>ComparerSites.Compare&lt;Item&gt;(c, a, b) =&gt; c.Compare(a, b)</c> on <c>IComparer&lt;Item&gt;</c> in a
/// loop: an interface call in code shared by every reference-type instantiation. Plain, and woven with its
/// site promoting as it does by default (it may decide that the JIT's own guess serves one hot type better).
/// </summary>
public class InterfaceInGenericCodeBenchmarks : WovenLoopBenchmark
{
    private static readonly Item s_a = new(1, "a");
    private static readonly Item s_b = new(2, "bb");
    private IComparer<Item>[]? _comparers;

    /// <summary>Comparer types in the loop, equally often: 1 or 3.</summary>
    [Params(1, 3)]
    public int HotTypes { get; set; }

    protected override string SitesType => "ComparerSites";

    protected override string Caller => "Compare";

    protected override Type[] Instantiation => [typeof(Item)];

    protected override string Case => $"{nameof(InterfaceInGenericCodeBenchmarks)}/HotTypes={HotTypes}";

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
        var comparers = _comparers ??= ReceiverMix.Uniform(HotTypes, (type, _) => ItemComparers.Create(type));
        var sum = sites.GetMethod("Sum")!.MakeGenericMethod(typeof(Item)).CreateDelegate<Func<IComparer<Item>[], Item, Item, long>>();
        return () => sum(comparers, s_a, s_b);
    }
}
