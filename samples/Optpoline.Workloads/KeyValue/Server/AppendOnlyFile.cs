namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>
/// The append-only file, kept in memory: every write command, appended. When it outgrows its limit
/// it is rewritten, which here means starting again from a snapshot of the keyspace (not kept: the
/// workload measures the appending, not the disk).
/// </summary>
public sealed class AppendOnlyFile(int rewriteAt = 32 << 20) : IWriteFeed
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    public long Rewrites { get; private set; }

    public long Appended { get; private set; }

    public void Append(ReadOnlySpan<byte> command)
    {
        if (_length + command.Length > rewriteAt)
        {
            _length = 0;
            Rewrites++;
        }

        if (_length + command.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + command.Length));
        }

        command.CopyTo(_buffer.AsSpan(_length));
        _length += command.Length;
        Appended += command.Length;
    }

    public void AddTo(ref Fnv1a checksum)
    {
        checksum.Add(_buffer.AsSpan(0, _length));
        checksum.Add(Appended);
    }
}
