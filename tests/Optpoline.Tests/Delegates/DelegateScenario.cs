using Optpoline.Tests.Differential;

namespace Optpoline.Tests.Delegates;

/// <summary>
/// A random workload for one delegate site: a few kinds of delegate from the <see cref="DelegateZoo"/>,
/// phases that change which kinds are hot, and for every call a fresh delegate object or an old one.
/// </summary>
internal sealed record DelegateScenario(int Index, int Seed, IReadOnlyList<ZooEntry> Kinds, IReadOnlyList<DelegateCall> Calls, int TickEvery, int[] PhaseStarts)
{
    public static DelegateScenario Generate(int seed, int index)
    {
        var rng = new Random(unchecked(seed ^ ((index + 1) * 0x2545F491)));
        var zoo = DelegateZoo.All;
        var kinds = zoo.OrderBy(_ => rng.Next()).Take(rng.Next(2, 11)).ToList();
        var freshShare = rng.NextDouble() switch
        {
            < 0.3 => 1.0,
            < 0.6 => 0.3,
            _ => 0.05,
        };
        var instances = new int[kinds.Count];
        var calls = new List<DelegateCall>();
        var phaseStarts = new List<int>();
        for (var phase = rng.Next(1, 5); phase > 0; phase--)
        {
            phaseStarts.Add(calls.Count);
            var hot = Enumerable.Range(0, kinds.Count).OrderBy(_ => rng.Next()).Take(rng.Next(1, Math.Min(kinds.Count, 6) + 1)).ToArray();
            var weights = hot.Select(_ => rng.NextDouble() + 0.05).ToArray();
            for (var i = rng.Next(150, 700); i > 0; i--)
            {
                var kind = hot[WeightedChoice.Pick(rng, weights)];
                var fresh = instances[kind] == 0 || rng.NextDouble() < freshShare;
                var instance = fresh ? -1 : rng.Next(Math.Min(instances[kind], 3));
                instances[kind] += fresh ? 1 : 0;
                calls.Add(new DelegateCall(kind, instance, rng.Next(0, 30), rng.NextDouble() < 0.15 ? null : "s" + rng.Next(3), rng.NextDouble() < 0.7));
            }
        }

        return new DelegateScenario(index, seed, kinds, calls, rng.Next(8, 65), [.. phaseStarts]);
    }

    public string Describe() =>
        $"scenario #{Index} (seed {Seed}): {Calls.Count} calls, phases at {string.Join(", ", PhaseStarts)}, tick every {TickEvery}; kinds: {string.Join("; ", Kinds)}";
}
