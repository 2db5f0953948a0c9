using System.Globalization;
using System.Text;

namespace Optpoline.Rewriter.Fixtures;

/// <summary>Records what each scenario observed, results and exceptions alike, as deterministic text.</summary>
public sealed class Transcript
{
    private readonly StringBuilder _text = new();

    public void Log(string label, Func<object?> observe)
    {
        string outcome;
        try
        {
            outcome = Format(observe());
        }
        catch (Exception e)
        {
            outcome = $"threw {e.GetType().FullName}: {e.Message}";
        }

        _text.Append(label).Append(" = ").AppendLine(outcome);
    }

    public override string ToString() => _text.ToString();

    private static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable e and not string => "[" + string.Join(", ", e.Cast<object?>().Select(Format)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
