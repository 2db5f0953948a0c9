using System.Globalization;
using System.Text;
using Optpoline.Workloads.KeyValue.Protocol;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>A string that holds a whole number, kept as the number (INCR works on it in place).</summary>
public sealed class IntegerValue(long value) : StoredValue
{
    public long Value { get; set; } = value;

    public override string TypeName => "string";

    public override long MemoryUsage => 16;

    public override bool TryWriteString(RespWriter reply)
    {
        reply.WriteBulkNumber(Value);
        return true;
    }

    public override void AddTo(ref Fnv1a checksum) => checksum.Add(Encoding.ASCII.GetBytes(Value.ToString(CultureInfo.InvariantCulture)));
}
