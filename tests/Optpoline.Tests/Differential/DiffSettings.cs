using System.Globalization;

namespace Optpoline.Tests.Differential;

/// <summary>
/// The size of a differential run. CI runs the defaults; a developer runs more or other hierarchies with
/// <c>OPTPOLINE_DIFF_SEED</c> (base seed), <c>OPTPOLINE_DIFF_COUNT</c> (number of hierarchies) and
/// <c>OPTPOLINE_DIFF_START</c> (index of the first one, to replay a failure without its predecessors).
/// </summary>
internal sealed record DiffSettings(int Seed, int Count, int Start)
{
    public const int DefaultSeed = 20260101;

    public const int DefaultCount = 1000;

    public static DiffSettings FromEnvironment() => new(
        Read("OPTPOLINE_DIFF_SEED", DefaultSeed, int.MinValue),
        Read("OPTPOLINE_DIFF_COUNT", DefaultCount, 1),
        Read("OPTPOLINE_DIFF_START", 0, 0));

    public string Replay(int index) =>
        $"OPTPOLINE_DIFF_SEED={Seed} OPTPOLINE_DIFF_START={index} OPTPOLINE_DIFF_COUNT=1";

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
