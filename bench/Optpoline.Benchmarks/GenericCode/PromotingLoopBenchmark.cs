using BenchmarkDotNet.Attributes;

namespace Optpoline.Benchmarks.GenericCode;

/// <summary>
/// A loop in generic code over 1 or 3 hot receiver types, plain and woven with its sites promoted:
/// what the generic virtual and the interface benchmarks share; each says which loop and receivers.
/// </summary>
public abstract class PromotingLoopBenchmark : WovenLoopBenchmark
{
    /// <summary>Receiver types in the loop, equally often: 1, or 3.</summary>
    [Params(1, 3)]
    public int HotTypes { get; set; }

    protected override string Case => $"{GetType().Name}/HotTypes={HotTypes}";

    [GlobalSetup(Target = nameof(Plain))]
    public void SetUpPlainBuild() => SetUpPlain();

    [GlobalSetup(Target = nameof(Optpoline))]
    public void SetUpOptpolineBuild() => SetUpPromoting();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReceiverMix.Length)]
    public long Plain() => Run();

    [Benchmark(OperationsPerInvoke = ReceiverMix.Length)]
    public long Optpoline() => Run();
}
