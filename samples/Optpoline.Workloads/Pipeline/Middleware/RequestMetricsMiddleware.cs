using System.Diagnostics;
using System.Numerics;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>Requests by endpoint and by status class, and a latency histogram (power-of-two buckets of stopwatch ticks).</summary>
public sealed class RequestMetricsMiddleware : IMiddleware
{
    private readonly Dictionary<string, long> _byEndpoint = new(StringComparer.Ordinal);
    private readonly long[] _byStatusClass = new long[6];
    private readonly long[] _latency = new long[64];

    public long Requests { get; private set; }

    public void Invoke(RequestContext context, IRequestHandler next)
    {
        var start = Stopwatch.GetTimestamp();
        next.Handle(context);
        var elapsed = Stopwatch.GetTimestamp() - start;

        Requests++;
        _byStatusClass[Math.Clamp(context.Response.StatusCode / 100, 0, 5)]++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byEndpoint, context.Endpoint?.Name ?? "(none)", out _)++;
        _latency[63 - BitOperations.LeadingZeroCount((ulong)Math.Max(elapsed, 1))]++;
    }
}
