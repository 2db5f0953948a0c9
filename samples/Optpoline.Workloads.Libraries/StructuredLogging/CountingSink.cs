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
    private readonly EventChecksum _checksum = new();

    /// <summary>The checksum of every event since <see cref="Reset"/>, and how many there were.</summary>
    public ulong Checksum => _checksum.Value;

    public void Reset() => _checksum.Reset();

    public void Emit(LogEvent logEvent)
    {
        ref var hash = ref _checksum.Next();
        hash.Add((long)logEvent.Level);
        hash.AddText(logEvent.MessageTemplate.Text);
        _message.GetStringBuilder().Clear();
        logEvent.RenderMessage(_message, CultureInfo.InvariantCulture);
        hash.AddText(_message.GetStringBuilder());
        if (logEvent.Properties.TryGetValue(SequenceEnricher.PropertyName, out var sequence) && sequence is ScalarValue { Value: long number })
        {
            hash.Add(number);
        }
    }
}
