using Optpoline.Workloads.KeyValue.Protocol;
using Optpoline.Workloads.KeyValue.Server;
using Optpoline.Workloads.KeyValue.Storage;
using Optpoline.Workloads.KeyValue.Ycsb;

namespace Optpoline.Workloads.KeyValue;

/// <summary>
/// The key-value server in process: a YCSB client sends each operation as RESP bytes to the
/// server's core, which parses, runs and answers it; the client reads the reply. No network: what
/// is measured is the server's request path.
/// </summary>
public sealed class KeyValueWorkload : Workload
{
    public const int Records = 10_000;
    private const int OperationCount = 1 << 15;
    private const int BatchSize = 64;
    private const int VerifiedOperations = 20_000;

    private readonly YcsbWorkload _ycsb;
    private readonly int _seed;
    private readonly KeyValueServer _server;
    private readonly ClientSession _session;
    private readonly byte[][] _operations;
    private int _next;

    public KeyValueWorkload(string name, YcsbWorkload ycsb, int seed = 7)
    {
        Name = name;
        _ycsb = ycsb;
        _seed = seed;
        (_server, _session) = LoadedServer(ycsb, seed);
        var client = new YcsbClient(ycsb, seed + 1);
        _operations = [.. Enumerable.Range(0, OperationCount).Select(_ => client.NextOperation())];
    }

    public override string Name { get; }

    public override int RunBatch()
    {
        for (var i = 0; i < BatchSize; i++)
        {
            Send(_server, _session, _operations[_next]);
            _session.Reply.Clear();
            _next = (_next + 1) % _operations.Length;
        }

        return BatchSize;
    }

    /// <summary>A fresh server, loaded alike, answers the first operations; the checksum covers every reply, the keyspace and the append-only file.</summary>
    public override ulong Verify()
    {
        var (server, session) = LoadedServer(_ycsb, _seed);
        var checksum = default(Fnv1a);
        foreach (var operation in _operations.Take(VerifiedOperations))
        {
            Send(server, session, operation);
            checksum.Add(session.Reply.Written);
            session.Reply.Clear();
        }

        checksum.Add((long)server.Checksum());
        return checksum.Value;
    }

    /// <summary>A server holding the workload's records (YCSB's load phase).</summary>
    internal static (KeyValueServer Server, ClientSession Session) LoadedServer(YcsbWorkload ycsb, int seed)
    {
        var server = new KeyValueServer(new HashTableEngine());
        var session = server.Connect();
        foreach (var request in new YcsbClient(ycsb, seed).LoadRequests())
        {
            Send(server, session, request);
            session.Reply.Clear();
        }

        return (server, session);
    }

    private static void Send(KeyValueServer server, ClientSession session, byte[] request)
    {
        var taken = server.Execute(session, request, 0, request.Length);
        var reply = RespReplyReader.TryRead(session.Reply.Written);
        if (taken != request.Length || reply != session.Reply.Length)
        {
            throw new InvalidOperationException($"the server took {taken} of {request.Length} request bytes and answered {session.Reply.Length} bytes ({reply} in a reply)");
        }
    }
}
