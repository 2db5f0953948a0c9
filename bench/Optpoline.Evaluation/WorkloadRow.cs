namespace Optpoline.Evaluation;

/// <summary>A line of the result table: one workload, the plain build against one Optpoline variant.</summary>
internal sealed record WorkloadRow
{
    public required string Workload { get; init; }

    public required string Variant { get; init; }

    public required string Description { get; init; }

    public required double BaseMedian { get; init; }

    public required double BaseMin { get; init; }

    public required double BaseMax { get; init; }

    public required double OptpolineMedian { get; init; }

    public required double OptpolineMin { get; init; }

    public required double OptpolineMax { get; init; }

    /// <summary>Median Optpoline over median base.</summary>
    public required double Ratio { get; init; }

    /// <summary>The range of the per-run ratios (each Optpoline run against the base run of the same round).</summary>
    public required double RatioMin { get; init; }

    public required double RatioMax { get; init; }

    public double? Promoted { get; init; }

    public double? Sites { get; init; }

    /// <summary>Every run of both builds verified to the same checksum.</summary>
    public required bool ChecksumsAgree { get; init; }

    public required IReadOnlyList<string> Checksums { get; init; }

    public IReadOnlyList<SiteLine> HotSites { get; init; } = [];

    public string? ReportProblem { get; init; }

    /// <summary>The workload, with the policy or control when the workload has several rows.</summary>
    public required string Label { get; init; }

    public static WorkloadRow Create(WorkloadSpec workload, Variant variant, IReadOnlyList<Sample> samples)
    {
        var bases = samples.Where(s => s.Workload == workload.Name && s.Variant == global::Optpoline.Evaluation.Variant.Base.Name).ToList();
        var woven = samples.Where(s => s.Workload == workload.Name && s.Variant == variant.Name).ToList();
        var perRun = woven.Join(bases, w => w.Run, b => b.Run, (w, b) => w.OpsPerSecond / b.OpsPerSecond).ToList();
        var baseMedian = Statistics.Median(bases.Select(s => s.OpsPerSecond));
        var wovenMedian = Statistics.Median(woven.Select(s => s.OpsPerSecond));
        var checksums = bases.Concat(woven).Select(s => s.Checksum).Distinct().ToList();
        var last = woven.LastOrDefault();
        return new WorkloadRow
        {
            Workload = workload.Name,
            Variant = variant.Name,
            Label = $"{workload.Name} ({variant.Suffix})",
            Description = workload.Description,
            BaseMedian = baseMedian,
            BaseMin = bases.Min(s => s.OpsPerSecond),
            BaseMax = bases.Max(s => s.OpsPerSecond),
            OptpolineMedian = wovenMedian,
            OptpolineMin = woven.Min(s => s.OpsPerSecond),
            OptpolineMax = woven.Max(s => s.OpsPerSecond),
            Ratio = wovenMedian / baseMedian,
            RatioMin = perRun.Count == 0 ? double.NaN : perRun.Min(),
            RatioMax = perRun.Count == 0 ? double.NaN : perRun.Max(),
            Promoted = woven.Any(s => s.Promoted.HasValue) ? Statistics.Median(woven.Where(s => s.Promoted.HasValue).Select(s => (double)s.Promoted!.Value)) : null,
            Sites = woven.Any(s => s.Sites.HasValue) ? Statistics.Median(woven.Where(s => s.Sites.HasValue).Select(s => (double)s.Sites!.Value)) : null,
            ChecksumsAgree = checksums.Count == 1 && !checksums[0].StartsWith("inconsistent", StringComparison.Ordinal),
            Checksums = checksums,
            HotSites = last?.HotSites ?? [],
            ReportProblem = woven.Select(s => s.ReportProblem).FirstOrDefault(p => p is not null),
        };
    }
}
