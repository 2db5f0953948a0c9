using System.Text.Json;

namespace Optpoline.Workloads.Runner;

/// <summary>What the runner prints after <see cref="RunnerProgram.ResultPrefix"/>.</summary>
internal sealed record RunResult
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Workload { get; init; }

    /// <summary>Operations in the measured time (after the warm-up).</summary>
    public required long Operations { get; init; }

    public required double Seconds { get; init; }

    public double OpsPerSecond => Operations / Seconds;

    /// <summary>Hex FNV-1a of what <see cref="Workloads.Workload.Verify"/> produced (empty with --no-verify).</summary>
    public required string Checksum { get; init; }

    public required double BucketMilliseconds { get; init; }

    /// <summary>Operations finished in each bucket, from the start of the warm-up.</summary>
    public required IReadOnlyList<long> Buckets { get; init; }

    /// <summary>When the measured time began, from the start of the warm-up.</summary>
    public required double MeasuredFromMilliseconds { get; init; }

    /// <summary>When the load moved to its next phase, from the start of the warm-up.</summary>
    public required IReadOnlyList<double> PhaseChangesMilliseconds { get; init; }

    public required double VerifySeconds { get; init; }
}
