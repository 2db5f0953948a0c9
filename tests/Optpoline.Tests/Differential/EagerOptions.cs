namespace Optpoline.Tests.Differential;

/// <summary>
/// Patcher and site options under which sites promote as soon as they have samples, re-learn within
/// a few ticks, and still vary in slot counts, policies, miss handling and compile budget, so that
/// every path of the patcher runs during a differential run.
/// </summary>
internal static class EagerOptions
{
    /// <summary>Promote on the first burst, every sampled type that resolves takes one of 8 slots.</summary>
    public static OptpolineOptions Fixed { get; } = new()
    {
        BurstLength = 16,
        PromoteMissShare = 0,
        MinCoverage = 0,
        MinSlotShare = 0.01,
        InitialSlots = 8,
        MaxSlots = 8,
        SamplingPeriod = TimeSpan.FromMilliseconds(10),
    };

    public static OptpolineOptions Patcher(Random rng)
    {
        var (initial, max) = rng.NextDouble() switch
        {
            < 0.5 => (8, 8),
            < 0.7 => (2, 8),
            < 0.85 => (1, 4),
            _ => (2, 2),
        };
        return new OptpolineOptions
        {
            BurstLength = 16,
            PromoteMissShare = 0,
            MinCoverage = 0,
            MinSlotShare = 0.01,
            InitialSlots = initial,
            MaxSlots = max,
            SamplingPeriod = TimeSpan.FromMilliseconds(10 * rng.Next(1, 4)),
            MissThreshold = Pick(rng, 4, 16, 256),
            MissSampleEvery = Pick(rng, 1, 2, 16),
            Policy = (SlotPolicy)rng.Next(3),
            RetrainPeriod = TimeSpan.FromMilliseconds(Pick(rng, 50, 1000)),
            MaxPatchesPerSecond = rng.NextDouble() < 0.2 ? 100 : 500,
        };
    }

    public static SiteOptions Site(Random rng) => new()
    {
        PlainCallIsProfiled = rng.NextDouble() < 0.3,
        MaxSlots = rng.NextDouble() < 0.2 ? rng.Next(1, 9) : null,
        Policy = rng.NextDouble() < 0.2 ? (SlotPolicy)rng.Next(3) : null,
    };

    private static int Pick(Random rng, params int[] values) => values[rng.Next(values.Length)];
}
