using Optpoline.Reporting;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>The runtime report's view of one batch: its sites only (the report is process-wide).</summary>
internal static class BatchSites
{
    public static SiteReport Report(GeneratedBatch batch)
    {
        var report = OptpolineRuntime.Report();
        return report with { Sites = [.. report.Sites.Where(s => Belongs(s, batch))] };
    }

    // Sites name their origin (assembly, MVID) once the runtime records it; until then, the key
    // (caller's full name first) tells a batch's sites apart by the tag of its namespaces.
    private static bool Belongs(SiteSnapshot site, GeneratedBatch batch) => site.Origin is { } origin
        ? origin.Assembly == batch.AssemblyName
        : batch.Seeds.Any(seed => site.Key.StartsWith(batch.Namespace(seed) + ".", StringComparison.Ordinal));
}
