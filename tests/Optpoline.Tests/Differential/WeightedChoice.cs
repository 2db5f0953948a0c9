namespace Optpoline.Tests.Differential;

/// <summary>Picks an index with probability proportional to its weight, for the scenario generators.</summary>
internal static class WeightedChoice
{
    public static int Pick(Random rng, double[] weights)
    {
        var x = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
