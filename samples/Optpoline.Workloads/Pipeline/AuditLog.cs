namespace Optpoline.Workloads.Pipeline;

/// <summary>Who changed what and when: the latest entries, for the back office.</summary>
public sealed class AuditLog
{
    private const int Capacity = 4_096;
    private readonly Queue<string> _entries = new();

    public long Total { get; private set; }

    public IEnumerable<string> Entries => _entries;

    public void Record(string entry)
    {
        if (_entries.Count == Capacity)
        {
            _entries.Dequeue();
        }

        _entries.Enqueue(entry);
        Total++;
    }
}
