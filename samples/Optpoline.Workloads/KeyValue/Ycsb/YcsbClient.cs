using System.Buffers.Text;
using System.Text;

namespace Optpoline.Workloads.KeyValue.Ycsb;

/// <summary>
/// The YCSB client's side of the protocol: the requests that load the records, and a stream of
/// operations in the workload's mix, each encoded as the Redis binding would send it.
/// </summary>
public sealed class YcsbClient(YcsbWorkload workload, int seed)
{
    private readonly Random _random = new(seed);
    private readonly ZipfianGenerator _keys = new(workload.RecordCount);

    public YcsbWorkload Workload => workload;

    /// <summary>One HMSET per record, with every field.</summary>
    public IEnumerable<byte[]> LoadRequests()
    {
        for (var record = 0; record < workload.RecordCount; record++)
        {
            var args = new List<byte[]> { "HMSET"u8.ToArray(), Encoding.ASCII.GetBytes(YcsbWorkload.Key(record)) };
            for (var field = 0; field < workload.FieldCount; field++)
            {
                args.Add(Encoding.ASCII.GetBytes(YcsbWorkload.Field(field)));
                args.Add(RandomValue());
            }

            yield return Encode(args);
        }
    }

    /// <summary>The next operation: a read of all fields (HGETALL), or an update of one random field (HMSET).</summary>
    public byte[] NextOperation()
    {
        var key = Encoding.ASCII.GetBytes(YcsbWorkload.Key(_keys.NextScrambled(_random)));
        if (_random.NextDouble() < workload.ReadProportion)
        {
            return Encode(["HGETALL"u8.ToArray(), key]);
        }

        var field = Encoding.ASCII.GetBytes(YcsbWorkload.Field(_random.Next(workload.FieldCount)));
        return Encode(["HMSET"u8.ToArray(), key, field, RandomValue()]);
    }

    /// <summary>A RESP array of bulk strings.</summary>
    public static byte[] Encode(IReadOnlyList<byte[]> args)
    {
        var output = new List<byte>();
        void Number(long n)
        {
            Span<byte> digits = stackalloc byte[20];
            Utf8Formatter.TryFormat(n, digits, out var written);
            output.AddRange(digits[..written]);
            output.Add((byte)'\r');
            output.Add((byte)'\n');
        }

        output.Add((byte)'*');
        Number(args.Count);
        foreach (var arg in args)
        {
            output.Add((byte)'$');
            Number(arg.Length);
            output.AddRange(arg);
            output.Add((byte)'\r');
            output.Add((byte)'\n');
        }

        return [.. output];
    }

    /// <summary>Printable random bytes, as YCSB's field values.</summary>
    private byte[] RandomValue()
    {
        var value = new byte[workload.FieldLength];
        for (var i = 0; i < value.Length; i++)
        {
            value[i] = (byte)(' ' + _random.Next(95));
        }

        return value;
    }
}
