using Serilog.Core;
using Serilog.Events;

namespace Optpoline.Workloads.Libraries.StructuredLogging;

/// <summary>Gives every event that reaches the sinks a sequence number, as a correlation enricher would give it an id.</summary>
internal sealed class SequenceEnricher : ILogEventEnricher
{
    public const string PropertyName = "Sequence";

    private long _next;

    public void Reset() => _next = 0;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) =>
        logEvent.AddPropertyIfAbsent(new LogEventProperty(PropertyName, new ScalarValue(++_next)));
}
