using Optpoline.Workloads.KeyValue.Ycsb;

namespace Optpoline.Workloads.KeyValue.Net;

/// <summary>
/// The key-value server over loopback TCP, driven by its own load generator: YCSB workload A from two
/// pipelining connections (16 operations in flight on each), as the seed's redis runs were.
/// </summary>
public sealed class TcpKeyValueWorkload : Workload
{
    public const string WorkloadName = "kv-tcp";

    private const int Connections = 2;
    private const int Pipeline = 16;
    private const int OperationCount = 1 << 15;
    private const int VerifiedRounds = 20_000 / Pipeline;

    private readonly YcsbWorkload _ycsb = YcsbWorkload.A(KeyValueWorkload.Records);
    private readonly int _seed;
    private readonly byte[][] _operations;
    private readonly TcpKeyValueServer _server;
    private readonly TcpLoadGenerator _load;

    public TcpKeyValueWorkload(int seed = 7)
    {
        _seed = seed;
        var client = new YcsbClient(_ycsb, seed + 1);
        _operations = [.. Enumerable.Range(0, OperationCount).Select(_ => client.NextOperation())];
        _server = new TcpKeyValueServer(KeyValueWorkload.LoadedServer(_ycsb, seed).Server);
        _load = new TcpLoadGenerator(_server.EndPoint, Connections, Pipeline, _operations);
    }

    public override string Name => WorkloadName;

    public override int RunBatch() => _load.RunRound();

    /// <summary>A fresh server, one connection: the checksum covers the reply stream and the server's state.</summary>
    public override ulong Verify()
    {
        var server = KeyValueWorkload.LoadedServer(_ycsb, _seed).Server;
        var checksum = default(Fnv1a);
        using (var tcp = new TcpKeyValueServer(server))
        using (var load = new TcpLoadGenerator(tcp.EndPoint, 1, Pipeline, _operations))
        {
            load.ReplySink = reply => checksum.Add(reply);
            for (var round = 0; round < VerifiedRounds; round++)
            {
                load.RunRound();
            }
        }

        checksum.Add((long)server.Checksum());
        return checksum.Value;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _load.Dispose();
            _server.Dispose();
        }

        base.Dispose(disposing);
    }
}
