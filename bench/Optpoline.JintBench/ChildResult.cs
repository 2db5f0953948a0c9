using System.Text.Json;
using Optpoline.Reporting;

namespace Optpoline.JintBench;

/// <summary>What a child prints: its measurement, and for the woven variant what its sites became.</summary>
internal sealed record ChildResult
{
    private const int HotSites = 6;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Variant { get; init; }

    public required string Program { get; init; }

    public required long Iterations { get; init; }

    public required double Seconds { get; init; }

    public required double OpsPerSecond { get; init; }

    /// <summary>What <c>run()</c> returned (the same in both variants, or the woven engine changed behaviour).</summary>
    public required string Result { get; init; }

    /// <summary>Every call returned the same thing.</summary>
    public required bool Consistent { get; init; }

    /// <summary>Sites by state (woven variant: the rewritten call sites that ran), from the runtime's meter.</summary>
    public Dictionary<string, int> States { get; init; } = [];

    /// <summary>The most sampled sites, from <see cref="OptpolineRuntime.Report"/> (the parent reads them from a second line).</summary>
    public List<HotSite>? Hot { get; set; }

    /// <summary>For the baked variant, what its baked guards hit (the parent reads it from a second line).</summary>
    public BakedSites? Baked { get; set; }

    /// <summary>Why <see cref="Hot"/> is missing: the child died taking the report.</summary>
    public string? ReportFailure { get; set; }

    public int Sites => States.Values.Sum();

    public int Promoted => States.GetValueOrDefault(nameof(SiteState.Promoted));

    public static List<HotSite> HotSitesOf(SiteReport report) =>
        report.Sites.OrderByDescending(s => s.SampledCalls).Take(HotSites).Select(HotSite.From).ToList();

    public static ChildResult From(ChildOptions options, Measurement measurement, Dictionary<string, int> states) => new()
    {
        Variant = options.Variant,
        Program = options.Program,
        Iterations = measurement.Iterations,
        Seconds = measurement.Elapsed.TotalSeconds,
        OpsPerSecond = measurement.OpsPerSecond,
        Result = measurement.Result,
        Consistent = measurement.Consistent,
        States = states,
    };
}
