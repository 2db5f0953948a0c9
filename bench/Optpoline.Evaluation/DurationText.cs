using System.Globalization;

namespace Optpoline.Evaluation;

/// <summary>Durations on the command line: <c>200ms</c>, <c>2s</c>, <c>1.5</c> (seconds), <c>1m</c>.</summary>
internal static class DurationText
{
    public static TimeSpan Parse(string text)
    {
        var trimmed = text.Trim();
        var (number, scale) = trimmed switch
        {
            _ when trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (trimmed[..^2], 0.001),
            _ when trimmed.EndsWith('s') || trimmed.EndsWith('S') => (trimmed[..^1], 1.0),
            _ when trimmed.EndsWith('m') || trimmed.EndsWith('M') => (trimmed[..^1], 60.0),
            _ => (trimmed, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value <= 0)
        {
            throw new UsageException($"'{text}' is not a duration (examples: 200ms, 2s, 1.5, 1m).");
        }

        return TimeSpan.FromSeconds(value * scale);
    }
}
