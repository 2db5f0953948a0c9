using Optpoline.Workloads.KeyValue.Commands;
using Optpoline.Workloads.KeyValue.Protocol;
using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>A client connection's state: who it is, its reply buffer, its command context.</summary>
public sealed class ClientSession
{
    internal ClientSession(string user, Keyspace keyspace)
    {
        User = user;
        Reply = new RespWriter();
        Context = new CommandContext(keyspace, Reply);
    }

    public string User { get; }

    /// <summary>Replies not yet sent to the client.</summary>
    public RespWriter Reply { get; }

    public CommandContext Context { get; }

    public long Commands { get; internal set; }
}
