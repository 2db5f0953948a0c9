using System.Buffers;
using Optpoline.Workloads.Pipeline.Data;

namespace Optpoline.Workloads.Pipeline;

/// <summary>
/// The request-pipeline workload: the shop API answers its traffic (<see cref="TrafficGenerator"/>),
/// in process, from raw request bytes to raw response bytes.
/// </summary>
public sealed class PipelineWorkload : Workload
{
    public const string WorkloadName = "pipeline";

    private const int Seed = 11;
    private const int RequestCount = 8_192;
    private const int BatchSize = 32;
    private const int VerifiedRequests = 12_000;

    private readonly byte[][] _requests;
    private readonly ShopServer _server;
    private readonly ArrayBufferWriter<byte> _output = new(16 * 1024);
    private int _next;

    public PipelineWorkload()
    {
        var seed = new SeedData(Seed);
        _requests = TrafficGenerator.Generate(seed, RequestCount, Seed + 1);
        _server = new ShopServer(seed);
    }

    public override string Name => WorkloadName;

    public override int RunBatch()
    {
        for (var i = 0; i < BatchSize; i++)
        {
            _server.Handle(_requests[_next], _output);
            _output.ResetWrittenCount();
            _next = (_next + 1) % _requests.Length;
        }

        return BatchSize;
    }

    /// <summary>A fresh shop answers the first requests; the checksum covers every response byte and the audit log.</summary>
    public override ulong Verify()
    {
        var server = new ShopServer(new SeedData(Seed));
        var output = new ArrayBufferWriter<byte>();
        var checksum = default(Fnv1a);
        for (var i = 0; i < VerifiedRequests; i++)
        {
            server.Handle(_requests[i % _requests.Length], output);
            checksum.Add(output.WrittenSpan);
            output.ResetWrittenCount();
        }

        foreach (var entry in server.Services.Audit.Entries)
        {
            checksum.Add(entry);
        }

        checksum.Add(server.Services.Orders.Count);
        return checksum.Value;
    }
}
