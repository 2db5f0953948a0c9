using System.Globalization;

namespace Optpoline.Tests.Differential;

/// <summary>
/// The size of a differential run. CI runs the defaults; a developer runs more or other hierarchies with
/// <c>OPTPOLINE_DIFF_SEED</c> (base seed), <c>OPTPOLINE_DIFF_COUNT</c> (number of hierarchies) and
/// <c>OPTPOLINE_DIFF_START</c> (index of the first one, to replay a failure without its predecessors).
/// Other runs read the same three settings under a prefix of their own (<see cref="FromEnvironment(string, int, int)"/>).
/// </summary>
internal sealed record DiffSettings(int Seed, int Count, int Start, string Prefix = "OPTPOLINE_DIFF")
{
    public const int DefaultSeed = 20260101;

    public const int DefaultCount = 1000;

    public static DiffSettings FromEnvironment() => FromEnvironment("OPTPOLINE_DIFF", DefaultSeed, DefaultCount);

    /// <summary><c>{prefix}_SEED</c>, <c>{prefix}_COUNT</c> and <c>{prefix}_START</c>, over the given defaults.</summary>
    public static DiffSettings FromEnvironment(string prefix, int defaultSeed, int defaultCount) => new(
        Read($"{prefix}_SEED", defaultSeed, int.MinValue),
        Read($"{prefix}_COUNT", defaultCount, 1),
        Read($"{prefix}_START", 0, 0),
        prefix);

    public string Replay(int index) =>
        $"{Prefix}_SEED={Seed} {Prefix}_START={index} {Prefix}_COUNT=1";

    private static int Read(string name, int fallback, int min)
    {
        var raw = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new InvalidOperationException($"{name}='{raw}' is not valid: expected a whole number of at least {min}.");
        }

        return value;
    }
}
