namespace Optpoline.Tests.Differential;

/// <summary>
/// Random call sequences with phase changes: the sequence is cut into phases and each phase has its
/// own hot receiver types and weights, so a promoted site must notice the change and re-patch. Some
/// sequences are monomorphic, most polymorphic (up to 10 hot types), some pass null receivers.
/// </summary>
internal static class CallSequenceGenerator
{
    private static readonly string?[] s_strings = ["", "x", "yz", null, "long text"];

    public static CallSequence Generate(Random rng, IReadOnlyList<Type> receivers)
    {
        var length = rng.Next(96, 289);
        var phases = rng.NextDouble() switch
        {
            < 0.3 => 1,
            < 0.7 => 2,
            _ => rng.Next(3, 5),
        };
        var mono = receivers.Count == 1 || rng.NextDouble() < 0.2;
        var monoType = rng.Next(receivers.Count);
        var nullShare = rng.NextDouble() < 0.2 ? 0.04 : 0;

        var cuts = Enumerable.Range(0, phases - 1).Select(_ => rng.Next(16, length - 16)).Append(0).Append(length).Order().Distinct().ToList();
        var receiverAt = new int[length];
        var instances = new int[length];
        var ints = new int[length];
        var strings = new string?[length];
        var shim = new bool[length];
        var tickEvery = rng.Next(4, 13);

        var description = new List<string>();
        for (var p = 0; p + 1 < cuts.Count; p++)
        {
            var hot = mono ? [monoType] : Hot(rng, receivers.Count);
            var weights = rng.NextDouble() < 0.4 ? hot.Select((_, i) => Math.Pow(0.5, i)).ToArray() : hot.Select(_ => 1.0).ToArray();
            description.Add($"calls {cuts[p]}..{cuts[p + 1] - 1}: {(weights[^1] < 1 ? "skewed" : "uniform")} over [{string.Join(", ", hot.Select(h => TypeNames.Of(receivers[h])))}]");
            for (var i = cuts[p]; i < cuts[p + 1]; i++)
            {
                receiverAt[i] = rng.NextDouble() < nullShare ? -1 : hot[WeightedChoice.Pick(rng, weights)];
                instances[i] = rng.NextDouble() < 0.2 ? 1 : 0;
                ints[i] = rng.Next(0, 30);
                strings[i] = s_strings[rng.Next(s_strings.Length)];
                shim[i] = rng.NextDouble() < 0.5;
            }
        }

        if (nullShare > 0)
        {
            description.Add($"{nullShare:P0} null receivers");
        }

        description.Add($"tick every {tickEvery} calls");
        return new CallSequence
        {
            Receivers = receiverAt,
            Instances = instances,
            Ints = ints,
            Strings = strings,
            Shim = shim,
            TickEvery = tickEvery,
            Description = string.Join("; ", description),
        };
    }

    private static List<int> Hot(Random rng, int count)
    {
        var size = rng.Next(1, Math.Min(10, count) + 1);
        return Enumerable.Range(0, count).OrderBy(_ => rng.Next()).Take(size).ToList();
    }
}
