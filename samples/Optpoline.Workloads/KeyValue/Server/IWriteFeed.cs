namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>Receives every command that changed the keyspace, as the client sent it (the append-only file, the replicas).</summary>
public interface IWriteFeed
{
    void Append(ReadOnlySpan<byte> command);

    /// <summary>Adds what the feed holds to a checksum.</summary>
    void AddTo(ref Fnv1a checksum);
}
