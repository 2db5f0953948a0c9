using System.Diagnostics.CodeAnalysis;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>The in-memory engine: one hash table.</summary>
public sealed class HashTableEngine : IStorageEngine
{
    private readonly Dictionary<string, StoredValue> _table = new(StringComparer.Ordinal);

    public int Count => _table.Count;

    public IEnumerable<KeyValuePair<string, StoredValue>> Entries => _table;

    public bool TryGet(string key, [MaybeNullWhen(false)] out StoredValue value) => _table.TryGetValue(key, out value);

    public StoredValue? Set(string key, StoredValue value)
    {
        _table.Remove(key, out var old);
        _table.Add(key, value);
        return old;
    }

    public bool Remove(string key, [MaybeNullWhen(false)] out StoredValue value) => _table.Remove(key, out value);
}
