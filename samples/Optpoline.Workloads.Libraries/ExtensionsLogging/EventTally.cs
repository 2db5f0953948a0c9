using Microsoft.Extensions.Logging;

namespace Optpoline.Workloads.Libraries.ExtensionsLogging;

/// <summary>What one provider's loggers received: how many events, and a checksum of each (category, level, event id, formatted message).</summary>
internal sealed class EventTally
{
    private Fnv1a _hash;
    private long _events;

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

    public void Add(string category, LogLevel level, EventId eventId, string message)
    {
        _events++;
        _hash.AddText(category);
        _hash.Add((long)level);
        _hash.Add(eventId.Id);
        _hash.AddText(message);
    }
}
