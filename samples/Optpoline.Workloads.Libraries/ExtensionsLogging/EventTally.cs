using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>What one provider's loggers received: how many events, and a checksum of each (category, level, event id, formatted message).</summary>
internal sealed class EventTally
{
    private readonly EventChecksum _checksum = new();

    public ulong Checksum => _checksum.Value;

    public void Reset() => _checksum.Reset();

    public void Add(string category, LogLevel level, EventId eventId, string message)
    {
        ref var hash = ref _checksum.Next();
        hash.AddText(category);
        hash.Add((long)level);
        hash.Add(eventId.Id);
        hash.AddText(message);
    }
}
