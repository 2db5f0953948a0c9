namespace Optpoline.Patching;

/// <summary>Remembers recent re-patch times of a site: more than a limit within a window is thrashing.</summary>
internal sealed class ThrashDetector
{
    private readonly Queue<DateTimeOffset> _recent = new();

    public void Record(DateTimeOffset now, TimeSpan window, int limit)
    {
        _recent.Enqueue(now);
        Trim(now, window, limit);
    }

    public bool IsThrashing(DateTimeOffset now, TimeSpan window, int limit)
    {
        Trim(now, window, limit);
        return _recent.Count > limit;
    }

    public void Reset() => _recent.Clear();

    private void Trim(DateTimeOffset now, TimeSpan window, int limit)
    {
        while (_recent.Count > 0 && (now - _recent.Peek() > window || _recent.Count > limit + 1))
        {
            _recent.Dequeue();
        }
    }
}
