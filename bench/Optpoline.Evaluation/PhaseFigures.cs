namespace Optpoline.Evaluation;

/// <summary>
/// The phase-change workload under one policy, change by change: throughput in the phase after each
/// change against the plain build's in the same phase, and how long after the change throughput was
/// back to the phase's steady level.
/// </summary>
internal sealed record PhaseFigures
{
    /// <summary>A bucket counts as steady from 90 % of the phase's steady level (the median of its second half).</summary>
    public const double SteadyShare = 0.9;

    public required string Variant { get; init; }

    /// <summary>Optpoline over plain in each phase after a change, one per change and run.</summary>
    public required IReadOnlyList<double> PhaseRatios { get; init; }

    /// <summary>Optpoline over plain in the first 500 ms after each change.</summary>
    public required IReadOnlyList<double> FirstHalfSecondRatios { get; init; }

    /// <summary>Milliseconds from each change until two consecutive buckets are steady (the variant's own).</summary>
    public required IReadOnlyList<double> RecoveryMilliseconds { get; init; }

    /// <summary>The same for the plain build, for comparison.</summary>
    public required IReadOnlyList<double> PlainRecoveryMilliseconds { get; init; }

    public required double BucketMilliseconds { get; init; }

    public static PhaseFigures Analyze(string variant, IReadOnlyList<Sample> samples)
    {
        var phase = samples.Where(s => s.Workload == WorkloadSpec.PhaseChange).ToList();
        var ratios = new List<double>();
        var early = new List<double>();
        var recovery = new List<double>();
        var plainRecovery = new List<double>();
        var bucket = 0.0;
        foreach (var woven in phase.Where(s => s.Variant == variant))
        {
            var plain = phase.FirstOrDefault(s => s.Variant == global::Optpoline.Evaluation.Variant.Base.Name && s.Run == woven.Run);
            if (plain is null || woven.BucketMilliseconds <= 0)
            {
                continue;
            }

            bucket = woven.BucketMilliseconds;
            var changes = Math.Min(woven.PhaseChangesMilliseconds.Count, plain.PhaseChangesMilliseconds.Count);
            for (var c = 0; c < changes; c++)
            {
                var wovenWindow = Window(woven, c);
                var plainWindow = Window(plain, c);
                if (wovenWindow.Length < 4 || plainWindow.Length < 4 || woven.PhaseChangesMilliseconds[c] < woven.MeasuredFromMilliseconds - bucket)
                {
                    continue;
                }

                var n = Math.Min(wovenWindow.Length, plainWindow.Length);
                ratios.Add(Sum(wovenWindow, n) / Sum(plainWindow, n));
                var half = Math.Max(1, (int)(500 / bucket));
                early.Add(Sum(wovenWindow, Math.Min(half, n)) / Sum(plainWindow, Math.Min(half, n)));
                recovery.Add(Recovery(woven, c, wovenWindow));
                plainRecovery.Add(Recovery(plain, c, plainWindow));
            }
        }

        return new PhaseFigures
        {
            Variant = variant,
            PhaseRatios = ratios,
            FirstHalfSecondRatios = early,
            RecoveryMilliseconds = recovery,
            PlainRecoveryMilliseconds = plainRecovery,
            BucketMilliseconds = bucket,
        };
    }

    /// <summary>The whole buckets from change <paramref name="c"/> to the next change (or the end of the run).</summary>
    private static long[] Window(Sample sample, int c)
    {
        var size = sample.BucketMilliseconds;
        var from = (int)Math.Ceiling(sample.PhaseChangesMilliseconds[c] / size);
        var endMs = c + 1 < sample.PhaseChangesMilliseconds.Count ? sample.PhaseChangesMilliseconds[c + 1] : LastFullBucketEnd(sample);
        var to = (int)Math.Floor(endMs / size);
        return to <= from ? [] : [.. sample.Buckets.Skip(from).Take(to - from)];
    }

    private static double LastFullBucketEnd(Sample sample)
    {
        var last = sample.Buckets.Count - 1;
        while (last > 0 && sample.Buckets[last] == 0)
        {
            last--;
        }

        // The last bucket with operations is cut short by the end of the run.
        return last * sample.BucketMilliseconds;
    }

    private static double Sum(long[] window, int count) => window.Take(count).Sum();

    private static double Recovery(Sample sample, int c, long[] window)
    {
        var steady = Statistics.Median(window.Skip(window.Length / 2).Select(b => (double)b));
        var start = Math.Ceiling(sample.PhaseChangesMilliseconds[c] / sample.BucketMilliseconds) * sample.BucketMilliseconds;
        for (var i = 0; i + 1 < window.Length; i++)
        {
            if (window[i] >= SteadyShare * steady && window[i + 1] >= SteadyShare * steady)
            {
                return start + (i * sample.BucketMilliseconds) - sample.PhaseChangesMilliseconds[c];
            }
        }

        return start + (window.Length * sample.BucketMilliseconds) - sample.PhaseChangesMilliseconds[c];
    }
}
