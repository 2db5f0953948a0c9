namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>Compares two driver transcripts and names the first line where they differ.</summary>
internal static class TranscriptDiff
{
    /// <summary>Null when equal; otherwise the line number and both lines (each line names its site, call and receiver).</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i].TrimEnd('\r') : "<end>";
            var al = i < a.Length ? a[i].TrimEnd('\r') : "<end>";
            if (!string.Equals(el, al, StringComparison.Ordinal))
            {
                return $"line {i + 1}:\n  original: {el}\n  woven:    {al}";
            }
        }

        return "transcripts differ in line endings only";
    }
}
