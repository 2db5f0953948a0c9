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
            Assert.Fail($"{build} differs from the original: seed {seed} (namespace {_batch.Namespace(seed)}), distribution {distribution}, {difference}\n{SiteOf(seed, difference)}\nsources kept in {_batch.Keep()}; rerun with OPTPOLINE_REWRITE_DIFF_SEED={seed} OPTPOLINE_REWRITE_DIFF_COUNT=1");
        }
    }

    /// <summary>The declaration of the site a differing line names (lines start <c>S{k}#</c>).</summary>
    private string SiteOf(int seed, string difference)
    {
        var start = difference.IndexOf("S", difference.IndexOf(':', StringComparison.Ordinal), StringComparison.Ordinal);
        var hash = start < 0 ? -1 : difference.IndexOf('#', start);
        if (hash < 0)
        {
            return "";
        }

        var site = difference[start..hash];
        var source = _batch.Sources.First(s => s.Name == _batch.Namespace(seed)).Text;
        var declaration = source.Split('\n').FirstOrDefault(l => l.Contains($" {site}(", StringComparison.Ordinal) || l.Contains($" {site}<TR>(", StringComparison.Ordinal));
        return declaration is null ? "" : "site: " + declaration.Trim();
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
