using System.Globalization;

namespace Optpoline.Tests.Differential;

/// <summary>
/// The body every generated implementation runs; generated IL only gathers its inputs. Public
/// because the dynamic assemblies call it.
/// </summary>
/// <remarks>
/// The text names the implementation that ran, the exact type arguments it saw (so a call into code
/// shared across instantiations with the wrong generic context shows), the receiver's state after
/// the method mutated it, and the arguments. Logging and throwing happen here too, so both are
/// observable side effects of the one implementation that ran.
/// </remarks>
public static class ImplementationBody
{
    public static string Run(string id, Type? typeArgument, Type? methodArgument, int state, int a, string? s, int throws, List<string>? log)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{id}{Generic('[', typeArgument, ']')}{Generic('<', methodArgument, '>')}({a},{s ?? "null"})#{state}");
        log?.Add(text);
        if (throws > 0 && (a + (s?.Length ?? 0)) % throws == 0)
        {
            throw (throws % 3) switch
            {
                0 => new InvalidOperationException("thrown by " + text),
                1 => new ArgumentException("thrown by " + text, nameof(a)),
                _ => new DifferentialException("thrown by " + text),
            };
        }

        return text;
    }

    /// <summary>A stable (FNV-1a) hash, for methods that return <see cref="int"/>.</summary>
    public static int Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }

    private static string Generic(char open, Type? type, char close) => type is null ? "" : open + TypeNames.Of(type) + close;
}
