using System.Diagnostics.CodeAnalysis;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>Where the keyspace keeps its values.</summary>
public interface IStorageEngine
{
    int Count { get; }

    bool TryGet(string key, [MaybeNullWhen(false)] out StoredValue value);

    /// <summary>Stores <paramref name="value"/>; returns the value it replaced, if any.</summary>
    StoredValue? Set(string key, StoredValue value);

    bool Remove(string key, [MaybeNullWhen(false)] out StoredValue value);

    IEnumerable<KeyValuePair<string, StoredValue>> Entries { get; }
}
