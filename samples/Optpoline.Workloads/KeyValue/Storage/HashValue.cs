using Optpoline.Workloads.KeyValue.Protocol;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>A hash: field names to byte values (a YCSB record is one).</summary>
public sealed class HashValue : StoredValue
{
    private long _memory = 48;

    public Dictionary<string, byte[]> Fields { get; } = new(StringComparer.Ordinal);

    public override string TypeName => "hash";

    public override long MemoryUsage => _memory;

    /// <summary>Sets a field; true when the field is new.</summary>
    public bool Set(string field, byte[] value)
    {
        if (Fields.TryGetValue(field, out var old))
        {
            _memory += value.Length - old.Length;
            Fields[field] = value;
            return false;
        }

        _memory += 32 + (2 * field.Length) + value.Length;
        Fields.Add(field, value);
        return true;
    }

    public bool Remove(string field)
    {
        if (!Fields.Remove(field, out var old))
        {
            return false;
        }

        _memory -= 32 + (2 * field.Length) + old.Length;
        return true;
    }

    public override bool TryWriteString(RespWriter reply) => false;

    public override void AddTo(ref Fnv1a checksum)
    {
        foreach (var (field, value) in Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            checksum.Add(field);
            checksum.Add(value);
        }
    }
}
