using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Optpoline.Workloads.Libraries.StructuredLogging;

/// <summary>
/// A sink that keeps nothing: it counts the events it receives and folds each one (level, template,
/// the message as rendered, the sequence number the enricher gave it) into a checksum.
/// </summary>
internal sealed class CountingSink : ILogEventSink
{
    // PERF: one writer for every event: rendering the message allocates no string of its own.
    private readonly StringWriter _message = new(CultureInfo.InvariantCulture);
    private Fnv1a _hash;
    private long _events;

    /// <summary>The checksum of every event since <see cref="Reset"/>, and how many there were.</summary>
    public ulong Checksum
    {
        get
        {
            var hash = _hash;
            hash.Add(_events);
            return hash.Value;
        }
    }

    public void Reset()
    {
        _hash = default;
        _events = 0;
    }

    public void Emit(LogEvent logEvent)
    {
        _events++;
        _hash.Add((long)logEvent.Level);
        _hash.AddText(logEvent.MessageTemplate.Text);
        _message.GetStringBuilder().Clear();
        logEvent.RenderMessage(_message, CultureInfo.InvariantCulture);
        _hash.AddText(_message.GetStringBuilder());
        if (logEvent.Properties.TryGetValue(SequenceEnricher.PropertyName, out var sequence) && sequence is ScalarValue { Value: long number })
        {
            _hash.Add(number);
        }
    }
}
