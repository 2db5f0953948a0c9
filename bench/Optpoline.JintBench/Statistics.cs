namespace Optpoline.JintBench;

/// <summary>Medians and geometric means over a handful of runs.</summary>
internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double GeometricMean(IReadOnlyList<double> values) => Math.Exp(values.Average(Math.Log));
}
