using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// <c>ComparerSites.Compare&lt;Item&gt;(c, a, b) =&gt; c.Compare(a, b)</c> on <c>IComparer&lt;Item&gt;</c> in a
/// loop: an interface call in code shared by every reference-type instantiation. Plain, and woven with its
/// site promoting as it does by default (it may decide that the JIT's own guess serves one hot type better).
/// </summary>
public class InterfaceInGenericCodeBenchmarks : PromotingLoopBenchmark
{
    private static readonly Item s_a = new(1, "a");
    private static readonly Item s_b = new(2, "bb");
    private IComparer<Item>[]? _comparers;

    protected override string SitesType => "ComparerSites";

    protected override string Caller => "Compare";

    protected override Type[] Instantiation => [typeof(Item)];

    protected override Func<long> Bind(Type sites)
    {
        var comparers = _comparers ??= ReceiverMix.Uniform(HotTypes, (type, _) => ItemComparers.Create(type));
        var sum = sites.GetMethod("Sum")!.MakeGenericMethod(typeof(Item)).CreateDelegate<Func<IComparer<Item>[], Item, Item, long>>();
        return () => sum(comparers, s_a, s_b);
    }
}
