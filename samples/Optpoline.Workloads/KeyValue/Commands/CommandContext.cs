using Optpoline.Workloads.KeyValue.Protocol;
using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>What a command runs with: its arguments, the keyspace, and where its reply goes. One per connection, reused.</summary>
public sealed class CommandContext(Keyspace keyspace, RespWriter reply)
{
    public RespCommand Arguments { get; } = new();

    public Keyspace Keyspace { get; } = keyspace;

    public RespWriter Reply { get; } = reply;

    /// <summary>The command changed the keyspace: it is propagated to the append-only file and the replicas.</summary>
    public bool Dirty { get; private set; }

    public void MarkDirty() => Dirty = true;

    internal void Reset() => Dirty = false;
}
