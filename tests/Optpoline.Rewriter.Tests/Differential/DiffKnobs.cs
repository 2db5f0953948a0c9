using System.Globalization;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// How many hierarchies the rewriter's differential tests generate, from which seed, and how long
/// they drive each receiver distribution. Defaults keep CI short; the environment makes runs longer:
/// <c>OPTPOLINE_REWRITE_DIFF_COUNT</c>, <c>OPTPOLINE_REWRITE_DIFF_SEED</c>,
/// <c>OPTPOLINE_REWRITE_DIFF_PHASE_MS</c>.
/// </summary>
internal sealed record DiffKnobs(int Count, int Seed, TimeSpan Phase)
{
    /// <summary>Hierarchies compiled into one assembly (one namespace each): Roslyn and the weaver pay per assembly.</summary>
    public const int BatchSize = 8;

    /// <summary>Calls per site per run of the driver.</summary>
    public const int Calls = 200;

    public static DiffKnobs FromEnvironment(int defaultCount) => new(
        Read("OPTPOLINE_REWRITE_DIFF_COUNT", defaultCount),
        Read("OPTPOLINE_REWRITE_DIFF_SEED", 1),
        TimeSpan.FromMilliseconds(Read("OPTPOLINE_REWRITE_DIFF_PHASE_MS", 250)));

    /// <summary>The seeds, in batches of <see cref="BatchSize"/>.</summary>
    public IEnumerable<int[]> Batches() => Enumerable.Range(Seed, Count).Chunk(BatchSize);

    public override string ToString() =>
        $"OPTPOLINE_REWRITE_DIFF_SEED={Seed} OPTPOLINE_REWRITE_DIFF_COUNT={Count} OPTPOLINE_REWRITE_DIFF_PHASE_MS={Phase.TotalMilliseconds}";

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
