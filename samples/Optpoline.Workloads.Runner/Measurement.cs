using System.Diagnostics;
using System.Globalization;
using Optpoline.Workloads;

namespace Optpoline.Workloads.Runner;

/// <summary>
/// Drives a workload in batches: a warm-up, then the measured time, counting the operations each
/// batch finished into time buckets; then the workload's verification script.
/// </summary>
/// <remarks>
/// The clock is read once per batch (a batch is about a millisecond of work), so the measurement
/// costs nothing the workload would notice. A batch counts as measured when it started after the
/// warm-up; the measured time runs from the first such batch to the end of the last.
/// </remarks>
internal static class Measurement
{
    public static RunResult Run(Workload workload, RunnerOptions options)
    {
        var end = options.Warmup + options.Measured;
        var buckets = new long[(int)Math.Ceiling(end / options.Bucket) + 2];
        var changes = new List<double>();
        var phase = 0;
        long operations = 0;
        long total = 0;
        TimeSpan? measuredFrom = null;

        var clock = Stopwatch.StartNew();
        var now = TimeSpan.Zero;
        while (now < end && total < options.MaxOperations)
        {
            if (options.Phase > TimeSpan.Zero && (int)(now / options.Phase) is var next && next != phase)
            {
                phase = next;
                workload.EnterPhase(phase);
                changes.Add(now.TotalMilliseconds);
            }

            var measured = now >= options.Warmup;
            if (measured && measuredFrom is null)
            {
                measuredFrom = now;
            }

            var done = workload.RunBatch();
            now = clock.Elapsed;
            total += done;
            if (measured)
            {
                operations += done;
            }

            buckets[Math.Min((int)(now / options.Bucket), buckets.Length - 1)] += done;
        }

        var from = measuredFrom ?? now;
        var verifyClock = Stopwatch.StartNew();
        var checksum = options.Verify ? workload.Verify().ToString("x16", CultureInfo.InvariantCulture) : "";
        return new RunResult
        {
            Workload = workload.Name,
            Operations = operations,
            Seconds = Math.Max((now - from).TotalSeconds, 1e-9),
            Checksum = checksum,
            BucketMilliseconds = options.Bucket.TotalMilliseconds,
            Buckets = buckets,
            MeasuredFromMilliseconds = from.TotalMilliseconds,
            PhaseChangesMilliseconds = changes,
            VerifySeconds = verifyClock.Elapsed.TotalSeconds,
        };
    }
}
