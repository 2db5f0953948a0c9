using BenchmarkDotNet.Attributes;
using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// What reaching a woven site that is never promoted costs: <c>m.Measure(x)</c> on <c>IMeasure&lt;T&gt;</c>
/// in a loop, in non-generic code and in generic code, over a reference type (shared code: the holder is
/// found through the generic dictionary) and a value type (code of its own: the holder's field is at a
/// fixed address). Plain, and woven with the runtime switched off (<c>Enabled = false</c>, as
/// <c>OPTPOLINE_ENABLED=0</c>), so that every call takes the woven code's plain path.
/// </summary>
public class UnpromotedSiteBenchmarks : WovenLoopBenchmark
{
    private static readonly Item s_item = new(1, "x");
    private object? _measures;

    [ParamsAllValues]
    public CallerCode Code { get; set; }

    [ParamsAllValues]
    public TypeArgument Argument { get; set; }

    /// <summary>Measure types in the loop, equally often: 1 or 3.</summary>
    [Params(1, 3)]
    public int HotTypes { get; set; }

    protected override string SitesType => "MeasureSites";

    protected override string Caller => Code == CallerCode.Generic ? "Measure" : Argument == TypeArgument.Reference ? "MeasureItem" : "MeasureInt";

    protected override Type[] Instantiation => Code == CallerCode.Generic ? [Argument == TypeArgument.Reference ? typeof(Item) : typeof(int)] : [];

    protected override string Case => $"{nameof(UnpromotedSiteBenchmarks)}/{Code}/{Argument}/HotTypes={HotTypes}";

    [GlobalSetup(Target = nameof(Plain))]
    public void SetUpPlainBuild() => SetUpPlain();

    [GlobalSetup(Target = nameof(Unpromoted))]
    public void SetUpUnpromotedBuild() => SetUpUnpromoted();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain() => Run();

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Unpromoted() => Run();

    protected override Func<long> Bind(Type sites) => Argument == TypeArgument.Reference
        ? Bind<Item>(sites, "SumItems", s_item)
        : Bind<int>(sites, "SumInts", 1);

    private Func<long> Bind<T>(Type sites, string closedSum, T x)
    {
        var measures = (IMeasure<T>[])(_measures ??= ReceiverMix.Uniform(HotTypes, (type, _) => Measures.Create<T>(type)));
        var method = Code == CallerCode.Generic ? sites.GetMethod("Sum")!.MakeGenericMethod(typeof(T)) : sites.GetMethod(closedSum)!;
        var sum = method.CreateDelegate<Func<IMeasure<T>[], T, long>>();
        return () => sum(measures, x);
    }
}
