namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>The replication backlog: a ring buffer of the latest write commands, for replicas that reconnect.</summary>
public sealed class ReplicationBacklog(int size = 1 << 20) : IWriteFeed
{
    private readonly byte[] _ring = new byte[size];

    /// <summary>The replication offset: bytes ever written to the backlog.</summary>
    public long Offset { get; private set; }

    public void Append(ReadOnlySpan<byte> command)
    {
        while (!command.IsEmpty)
        {
            var at = (int)(Offset % _ring.Length);
            var chunk = Math.Min(command.Length, _ring.Length - at);
            command[..chunk].CopyTo(_ring.AsSpan(at));
            command = command[chunk..];
            Offset += chunk;
        }
    }

    public void AddTo(ref Fnv1a checksum)
    {
        checksum.Add(_ring);
        checksum.Add(Offset);
    }
}
