using Optpoline.Evaluation;

namespace Optpoline.Workloads.Tests;

/// <summary>The phase-change figures (ratio after each change, time back to steady) on made-up timelines.</summary>
public sealed class PhaseFiguresTests
{
    private const double Bucket = 50;

    [Fact]
    public void Analyze_DipOfTwoBucketsAfterEachChange_RatioOverPlainAndRecoveryAfterTheDip()
    {
        // 3 s at 50 ms buckets; changes at 1 s and 2 s; measured from 1 s.
        var plain = Timeline(_ => 100);
        var woven = Timeline(b => b is 20 or 21 or 40 or 41 ? 50 : 200);

        var figures = PhaseFigures.Analyze("optpoline-lrm", [Sample("base", plain), Sample("optpoline-lrm", woven)]);

        Assert.Equal(2, figures.PhaseRatios.Count);
        Assert.All(figures.PhaseRatios, r => Assert.Equal(((2 * 50) + (18 * 200)) / (20.0 * 100), r, 3));
        Assert.All(figures.FirstHalfSecondRatios, r => Assert.Equal(((2 * 50) + (8 * 200)) / (10.0 * 100), r, 3));
        Assert.All(figures.RecoveryMilliseconds, ms => Assert.Equal(100, ms, 3));
        Assert.All(figures.PlainRecoveryMilliseconds, ms => Assert.Equal(0, ms, 3));
    }

    [Fact]
    public void Analyze_ChangeInsideABucket_CountsFromTheChangeNotTheBucket()
    {
        var plain = Timeline(_ => 100);
        var woven = Timeline(_ => 100);

        var figures = PhaseFigures.Analyze("optpoline-lfu", [Sample("base", plain, 1_010, 2_010), Sample("optpoline-lfu", woven, 1_010, 2_010)]);

        Assert.All(figures.RecoveryMilliseconds, ms => Assert.Equal(40, ms, 3));
        Assert.All(figures.PhaseRatios, r => Assert.Equal(1, r, 3));
    }

    [Fact]
    public void Analyze_NoPlainRunToCompareWith_NoFigures()
    {
        var figures = PhaseFigures.Analyze("optpoline-lrm", [Sample("optpoline-lrm", Timeline(_ => 1))]);

        Assert.Empty(figures.PhaseRatios);
    }

    [Theory]
    [InlineData("200ms", 0.2)]
    [InlineData("2s", 2)]
    [InlineData("1.5", 1.5)]
    [InlineData("1m", 60)]
    public void DurationText_Forms_Seconds(string text, double seconds) => Assert.Equal(seconds, DurationText.Parse(text).TotalSeconds, 6);

    [Theory]
    [InlineData("soon")]
    [InlineData("-1s")]
    [InlineData("0")]
    public void DurationText_NotADuration_IsAUsageError(string text) => Assert.Throws<UsageException>(() => DurationText.Parse(text));

    private static long[] Timeline(Func<int, long> bucket) => [.. Enumerable.Range(0, 60).Select(bucket), 7, 0];

    private static Sample Sample(string variant, long[] buckets, double firstChange = 1_000, double secondChange = 2_000) => new()
    {
        Workload = WorkloadSpec.PhaseChange,
        Variant = variant,
        Run = 0,
        OpsPerSecond = 1,
        Checksum = "x",
        BucketMilliseconds = Bucket,
        Buckets = buckets,
        PhaseChangesMilliseconds = [firstChange, secondChange],
        MeasuredFromMilliseconds = firstChange,
    };
}
