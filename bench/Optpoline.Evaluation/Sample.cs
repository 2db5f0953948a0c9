namespace Optpoline.Evaluation;

/// <summary>One child process's measurement.</summary>
internal sealed record Sample
{
    public required string Workload { get; init; }

    public required string Variant { get; init; }

    public required int Run { get; init; }

    public required double OpsPerSecond { get; init; }

    /// <summary>What the workload's verification produced (a hex checksum).</summary>
    public required string Checksum { get; init; }

    public double BucketMilliseconds { get; init; }

    /// <summary>Operations per bucket from the start of the warm-up (the runner's workloads only).</summary>
    public IReadOnlyList<long> Buckets { get; init; } = [];

    public IReadOnlyList<double> PhaseChangesMilliseconds { get; init; } = [];

    public double MeasuredFromMilliseconds { get; init; }

    /// <summary>Sites promoted at the end of the run, and sites that ran (woven variants).</summary>
    public int? Promoted { get; init; }

    public int? Sites { get; init; }

    public IReadOnlyList<SiteLine> HotSites { get; init; } = [];

    /// <summary>Why the report is missing (the measurement itself is complete).</summary>
    public string? ReportProblem { get; init; }
}
