using System.Reflection;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// A generic caller to generate: a call whose callee is named through the caller's type parameters,
/// where they are declared (on the caller's type, on its method, both), and the exact instantiations
/// it runs at; each instantiation gets a holder instantiation, and so a site, of its own.
/// </summary>
internal sealed class GenericCallForm
{
    public required int Number { get; init; }

    /// <summary>The callee's declaring type: its generic definition when <see cref="TypeArgumentIsParameter"/>, else the exact type.</summary>
    public required Type Declaring { get; init; }

    /// <summary>The callee as a member of <see cref="Declaring"/>; a generic virtual method's definition.</summary>
    public required MethodInfo Method { get; init; }

    /// <summary>The declaring type's argument is the caller's <c>T</c>.</summary>
    public required bool TypeArgumentIsParameter { get; init; }

    /// <summary>A generic virtual callee's argument is the caller's <c>U</c>; otherwise <see cref="ClosedMethodArgument"/>.</summary>
    public required bool MethodArgumentIsParameter { get; init; }

    public Type? ClosedMethodArgument { get; init; }

    /// <summary>The caller's type parameters in the holder's order: the caller type's, then its method's.</summary>
    public required IReadOnlyList<CallerParameter> Parameters { get; init; }

    public required SlotSpec Slot { get; init; }

    public List<GenericCallInstantiation> Instantiations { get; } = [];

    /// <summary>The caller as C#, e.g. <c>static class Caller3&lt;T&gt; { static object Call&lt;V&gt;(object r, int a, string s) =&gt; ((I0&lt;T&gt;)r).M(a, s); }</c>.</summary>
    public string Display
    {
        get
        {
            var onType = Parameters.Where(p => p.OnType).Select(p => p.Name).ToList();
            var onMethod = Parameters.Where(p => !p.OnType).Select(p => p.Name).ToList();
            var declaring = TypeArgumentIsParameter
                ? $"{Declaring.Name[..Declaring.Name.IndexOf('`', StringComparison.Ordinal)]}<T>"
                : TypeNames.Of(Declaring);
            var method = Method.IsGenericMethodDefinition ? $"{Method.Name}<{(MethodArgumentIsParameter ? "U" : TypeNames.Of(ClosedMethodArgument))}>" : Method.Name;
            var arguments = Slot.Args switch
            {
                ArgShape.Int => "a",
                ArgShape.String => "s",
                ArgShape.IntString => "a, s",
                _ => "",
            };
            return $"static class Caller{Number}{Generic(onType)} {{ static object Call{Generic(onMethod)}(object r, int a, string s) => (({declaring})r).{method}({arguments}); }}";
        }
    }

    private static string Generic(List<string> names) => names.Count == 0 ? "" : $"<{string.Join(", ", names)}>";
}
