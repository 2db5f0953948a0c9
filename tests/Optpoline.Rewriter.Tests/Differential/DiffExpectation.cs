namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>The original build's transcripts of a batch, per (seed, distribution); the woven builds must reproduce them.</summary>
internal sealed class DiffExpectation
{
    private readonly Dictionary<(int Seed, int Distribution), string> _transcripts = [];
    private readonly GeneratedBatch _batch;

    public DiffExpectation(GeneratedBatch batch, string originalPath)
    {
        _batch = batch;
        using var run = new DriverRun(batch, originalPath, batch.AssemblyName + "-original");
        foreach (var seed in batch.Seeds)
        {
            for (var distribution = 0; distribution < 4; distribution++)
            {
                _transcripts[(seed, distribution)] = run.Run(seed, distribution);
            }
        }
    }

    /// <summary>Runs <paramref name="seed"/>'s driver on <paramref name="woven"/> and fails with the first differing line.</summary>
    public void Check(DriverRun woven, int seed, int distribution, string build)
    {
        var difference = TranscriptDiff.FirstDifference(_transcripts[(seed, distribution)], woven.Run(seed, distribution));
        if (difference is not null)
        {
            Assert.Fail($"{build} differs from the original: seed {seed} (namespace {_batch.Namespace(seed)}), distribution {distribution}, {difference}\nsources kept in {_batch.Keep()}; rerun with OPTPOLINE_REWRITE_DIFF_SEED={seed} OPTPOLINE_REWRITE_DIFF_COUNT=1");
        }
    }

    /// <summary>Runs every hierarchy's driver with <paramref name="distribution"/>, checking each run, for at least <paramref name="phase"/> and two rounds.</summary>
    public void Drive(DriverRun woven, int distribution, TimeSpan phase, string build)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 2 || clock.Elapsed < phase; round++)
        {
            foreach (var seed in _batch.Seeds)
            {
                Check(woven, seed, distribution, build);
            }
        }
    }
}
