using System.Diagnostics.Metrics;

namespace Optpoline.Telemetry;

/// <summary>
/// The <c>Optpoline</c> meter. Watch it with <c>dotnet-counters monitor -n app --counters Optpoline</c>.
/// Observable instruments read the default patcher's sites when a listener collects.
/// </summary>
internal static class OptpolineMetrics
{
    public const string MeterName = "Optpoline";

    private static readonly Meter s_meter = new(MeterName, typeof(OptpolineMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> s_patches = s_meter.CreateCounter<long>(
        "optpoline.patches", unit: "{patch}", description: "Dispatchers published: promotions, re-patches and demotions to the plain call.");

    private static readonly Counter<long> s_growths = s_meter.CreateCounter<long>(
        "optpoline.slot_growths", unit: "{growth}", description: "Times a thrashing site doubled its slot count.");

    private static readonly Counter<long> s_megamorphic = s_meter.CreateCounter<long>(
        "optpoline.megamorphic_verdicts", unit: "{verdict}", description: "Times a site was judged megamorphic and sent back to the plain call.");

    static OptpolineMetrics()
    {
        s_meter.CreateObservableGauge("optpoline.sites", ObserveSites, unit: "{site}", description: "Call sites by state.");
        s_meter.CreateObservableGauge("optpoline.slots", () => Totals().Slots, unit: "{slot}", description: "Slots in use over all promoted sites.");
        s_meter.CreateObservableCounter("optpoline.misses", () => Totals().Misses, unit: "{call}", description: "Calls that missed every slot of a promoted dispatcher.");
    }

    /// <summary>Runs the static constructor, which creates the observable instruments.</summary>
    public static void Initialize()
    {
    }

    public static void RecordPatch(string kind) => s_patches.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void RecordGrowth() => s_growths.Add(1);

    public static void RecordMegamorphic() => s_megamorphic.Add(1);

    private static (Dictionary<SiteState, int> ByState, int Slots, long Misses) Totals() => OptpolineRuntime.Patcher.Totals();

    private static IEnumerable<Measurement<int>> ObserveSites() =>
        Totals().ByState.Select(p => new Measurement<int>(p.Value, new KeyValuePair<string, object?>("state", p.Key.ToString().ToLowerInvariant())));
}
