namespace Optpoline.Workloads.Libraries;

/// <summary>
/// A checksum of the events a sink received and how many there were: what a logging sink that keeps
/// nothing is checked by.
/// </summary>
internal sealed class EventChecksum
{
    private Fnv1a _hash;
    private long _events;

    /// <summary>The checksum of every event since <see cref="Reset"/>, and of their count.</summary>
    public ulong Value
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

    /// <summary>Counts one more event; its parts are folded into the hash this returns.</summary>
    public ref Fnv1a Next()
    {
        _events++;
        return ref _hash;
    }
}
