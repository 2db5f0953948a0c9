using System.Diagnostics.CodeAnalysis;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>
/// The database the commands see: an engine, with the server's statistics (hits, misses, used
/// memory) kept as values come and go.
/// </summary>
public sealed class Keyspace(IStorageEngine engine)
{
    public long Hits { get; private set; }

    public long Misses { get; private set; }

    public long UsedMemory { get; private set; }

    public int Count => engine.Count;

    public bool TryGet(string key, [MaybeNullWhen(false)] out StoredValue value)
    {
        if (engine.TryGet(key, out value))
        {
            Hits++;
            return true;
        }

        Misses++;
        return false;
    }

    public void Set(string key, StoredValue value)
    {
        var old = engine.Set(key, value);
        UsedMemory += value.MemoryUsage - (old?.MemoryUsage ?? 0);
    }

    public bool Delete(string key)
    {
        if (!engine.Remove(key, out var old))
        {
            return false;
        }

        UsedMemory -= old.MemoryUsage;
        return true;
    }

    /// <summary>Records that a value changed in place, from <paramref name="before"/> bytes.</summary>
    public void Resized(StoredValue value, long before) => UsedMemory += value.MemoryUsage - before;

    /// <summary>A checksum of every key and value, in key order.</summary>
    public ulong Checksum()
    {
        var checksum = default(Fnv1a);
        foreach (var (key, value) in engine.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            checksum.Add(key);
            value.AddTo(ref checksum);
        }

        checksum.Add(UsedMemory);
        return checksum.Value;
    }
}
