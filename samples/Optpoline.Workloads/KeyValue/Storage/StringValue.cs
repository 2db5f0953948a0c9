using Optpoline.Workloads.KeyValue.Protocol;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>A string of bytes.</summary>
public sealed class StringValue(byte[] bytes) : StoredValue
{
    public byte[] Bytes { get; } = bytes;

    public override string TypeName => "string";

    public override long MemoryUsage => 24 + Bytes.Length;

    public override bool TryWriteString(RespWriter reply)
    {
        reply.WriteBulkString(Bytes);
        return true;
    }

    public override void AddTo(ref Fnv1a checksum) => checksum.Add(Bytes);
}
