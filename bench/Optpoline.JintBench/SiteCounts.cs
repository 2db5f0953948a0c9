using System.Diagnostics.Metrics;

namespace Optpoline.JintBench;

/// <summary>
/// Sites by state, read from the runtime's <c>optpoline.sites</c> gauge (the meter that
/// <c>dotnet-counters</c> shows). Unlike <see cref="OptpolineRuntime.Report"/> it names no types, so it
/// cannot fail on a type name (see the notes in docs/benchmarks/jint.md).
/// </summary>
internal static class SiteCounts
{
    public static Dictionary<string, int> Read()
    {
        var states = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OptpolineRuntime.MeterName && instrument.Name == "optpoline.sites")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "state" && tag.Value is string state)
                {
                    states[char.ToUpperInvariant(state[0]) + state[1..]] = value;
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return states;
    }
}
