namespace Optpoline.Tests.Differential;

/// <summary>
/// What a differential test reports: the hierarchies that behaved differently, and per category of
/// failure how many there were and the first, with the line that replays its hierarchy.
/// </summary>
internal sealed class DiffFailureLog(DiffSettings settings)
{
    private readonly List<int> _failed = [];
    private readonly Dictionary<string, (int Count, string First)> _byCategory = [];

    public void Add(int index, IReadOnlyList<DiffFailure> failures)
    {
        if (failures.Count > 0)
        {
            _failed.Add(index);
        }

        foreach (var failure in failures)
        {
            _byCategory[failure.Category] = _byCategory.TryGetValue(failure.Category, out var seen)
                ? (seen.Count + 1, seen.First)
                : (1, $"replay with {settings.Replay(index)}{Environment.NewLine}{failure.Message}");
        }
    }

    /// <summary>Fails the test when any hierarchy behaved differently <paramref name="where"/>, counting each category in <paramref name="unit"/>.</summary>
    public void AssertNone(string where, string unit, string summary)
    {
        var nl = Environment.NewLine;
        Assert.True(
            _failed.Count == 0,
            $"{_failed.Count} of {settings.Count} hierarchies (base seed {settings.Seed}) behaved differently {where}: #{string.Join(", #", _failed.Take(40))}{(_failed.Count > 40 ? ", ..." : "")}{nl}"
            + $"{summary}{nl}{nl}"
            + string.Join($"{nl}{nl}", _byCategory.Select(c => $"=== {c.Key}: {c.Value.Count} {unit}; the first:{nl}{c.Value.First}")));
    }
}
