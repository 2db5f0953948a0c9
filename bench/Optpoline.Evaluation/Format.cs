using System.Globalization;

namespace Optpoline.Evaluation;

/// <summary>How figures are printed in the tables.</summary>
internal static class Format
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary><c>1.52 M (1.49–1.55)</c>: a median and its range, in one unit.</summary>
    public static string Rate(double median, double min, double max)
    {
        var (scale, unit) = median >= 1e6 ? (1e6, " M") : median >= 1e4 ? (1e3, " k") : (1.0, "");
        var digits = median / scale >= 100 ? "F0" : "F2";
        var text = (median / scale).ToString(digits, C) + unit;
        return min == max ? text : $"{text} ({(min / scale).ToString(digits, C)}–{(max / scale).ToString(digits, C)})";
    }

    public static string Ratio(double ratio, double min, double max) =>
        double.IsNaN(min) || min == max ? ratio.ToString("F2", C) + "x" : $"{ratio.ToString("F2", C)}x ({min.ToString("F2", C)}–{max.ToString("F2", C)})";

    public static string Promoted(WorkloadRow row) =>
        row.Promoted is { } promoted && row.Sites is { } sites ? $"{promoted.ToString("F0", C)} of {sites.ToString("F0", C)}" : row.ReportProblem is null ? "-" : "no report";

    public static string Milliseconds(double value) => value.ToString("F0", C) + " ms";

    public static string Number(double value, string format = "F2") => value.ToString(format, C);
}
