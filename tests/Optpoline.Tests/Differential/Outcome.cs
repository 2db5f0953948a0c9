using System.Globalization;

namespace Optpoline.Tests.Differential;

/// <summary>Everything a caller can observe of one call: what it returned or threw, and what it logged.</summary>
internal readonly record struct Outcome(string? Value, string? Error, string Log)
{
    public static Outcome Of(Func<object?> call, List<string> log)
    {
        var before = log.Count;
        string? value = null;
        string? error = null;
        try
        {
            value = call() switch
            {
                null => "null",
                Result0 result => result.ToString(),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e)
        {
            error = $"{e.GetType().FullName}: {e.Message}";
        }

        return new Outcome(value, error, string.Join(" | ", log.Skip(before)));
    }

    public override string ToString() =>
        (Error is null ? $"returned {Value}" : $"threw {Error}") + (Log.Length > 0 ? $"; logged [{Log}]" : "");
}
