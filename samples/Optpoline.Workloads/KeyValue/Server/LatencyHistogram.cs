using System.Numerics;
using Optpoline.Workloads.KeyValue.Commands;

namespace Optpoline.Workloads.KeyValue.Server;

/// <summary>Command latencies in power-of-two buckets of stopwatch ticks, for the latency percentiles of INFO.</summary>
public sealed class LatencyHistogram : ICommandObserver
{
    private readonly long[] _buckets = new long[64];

    public long this[int bucket] => _buckets[bucket];

    public void OnExecuted(ICommand command, CommandContext context, long elapsedTicks) =>
        _buckets[63 - BitOperations.LeadingZeroCount((ulong)Math.Max(elapsedTicks, 1))]++;
}
