using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;

namespace Optpoline.Benchmarks;

/// <summary>
/// Two jobs: the runtime as shipped (dynamic PGO on), and the plain call alone with
/// <c>DOTNET_TieredPGO=0</c>, to show what PGO's single guess is worth on each distribution.
/// </summary>
/// <remarks>
/// The no-PGO job is restricted to the <c>Plain</c> benchmarks by a filter rather than a second
/// copy of each class: Optpoline and the type switch are compared against PGO as shipped.
/// Iteration counts are cut down from BenchmarkDotNet's defaults so the whole suite (165 cases, each in
/// its own process) fits in about 32 minutes on a 2-core machine. A job given on the command
/// line (<c>--job dry</c>, <c>--job short</c>) replaces both jobs: BenchmarkDotNet would otherwise run it
/// in addition to them.
/// </remarks>
public static class BenchmarkConfig
{
    public const string PgoJobId = "PGO";
    public const string NoPgoJobId = "NoPGO";

    public static IConfig Create(IReadOnlyList<string> args)
    {
        var pgo = Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithLaunchCount(1)
            .WithId(PgoJobId);
        var noPgo = pgo
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredPGO", "0"))
            .WithId(NoPgoJobId);

        // The default loggers, columns, analysers and validators; of the exporters only GitHub markdown,
        // the format the results in docs/benchmarks/ are committed in.
        var defaults = DefaultConfig.Instance;
        return ManualConfig.CreateEmpty()
            .AddLogger([.. defaults.GetLoggers()])
            .AddColumnProvider([.. defaults.GetColumnProviders()])
            .AddAnalyser([.. defaults.GetAnalysers()])
            .AddValidator([.. defaults.GetValidators()])
            .AddExporter(MarkdownExporter.GitHub)
            .AddJob(JobGivenOnCommandLine(args) ? [] : [pgo, noPgo])
            .AddFilter(new SimpleFilter(b => b.Job.Id != NoPgoJobId || (b.Descriptor.WorkloadMethod.Name == "Plain" && !IsBaking(b))))
            .AddFilter(new SimpleFilter(b => !IsRedundant(b) && IsSelected(b)));
    }

    /// <summary>
    /// The baked-guard and generic-code benchmarks (woven builds of the Sites library) compare against
    /// the plain call as shipped (with PGO) only: their targets are stated against it, and the no-PGO
    /// figures are in the call-site results already.
    /// </summary>
    private static bool IsBaking(BenchmarkDotNet.Running.BenchmarkCase b) =>
        b.Descriptor.Type.Namespace == typeof(Baking.SitesLibrary).Namespace || b.Descriptor.Type.Namespace == typeof(GenericCode.WovenLoopBenchmark).Namespace;

    /// <summary>A one-type sequence is the same in either order: run mono once, in random order.</summary>
    private static bool IsRedundant(BenchmarkDotNet.Running.BenchmarkCase b) =>
        b.Parameters["Distribution"] is Distribution.Mono && b.Parameters["Order"] is ReceiverOrder.Cyclic;

    /// <summary>
    /// <c>OPTPOLINE_BENCH_DISTRIBUTIONS=Bi,Stale</c> runs only those distributions (BenchmarkDotNet's
    /// own <c>--filter</c> matches method names, not parameter values).
    /// </summary>
    private static bool IsSelected(BenchmarkDotNet.Running.BenchmarkCase b) =>
        Environment.GetEnvironmentVariable("OPTPOLINE_BENCH_DISTRIBUTIONS") is not { Length: > 0 } only
        || only.Split(',', StringSplitOptions.TrimEntries).Contains(b.Parameters["Distribution"]?.ToString(), StringComparer.OrdinalIgnoreCase);

    private static bool JobGivenOnCommandLine(IReadOnlyList<string> args) =>
        args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
}
