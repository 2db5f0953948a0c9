using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// <c>--include</c> and <c>--exclude</c>: each value names an assembly (its simple name) or a
/// namespace prefix (<c>Jint.Runtime</c> matches <c>Jint.Runtime</c> and <c>Jint.Runtime.Interop</c>,
/// not <c>Jint.RuntimeX</c>). Exclusion wins.
/// </summary>
internal sealed class TypeFilter(IReadOnlyList<string> include, IReadOnlyList<string> exclude)
{
    public bool ShouldWeave(string assemblyName, TypeDefinition type)
    {
        var ns = Namespace(type);
        if (exclude.Any(e => Matches(e, assemblyName, ns)))
        {
            return false;
        }

        return include.Count == 0 || include.Any(i => Matches(i, assemblyName, ns));
    }

    private static bool Matches(string value, string assemblyName, string ns) =>
        string.Equals(value, assemblyName, StringComparison.OrdinalIgnoreCase)
        || ns.Equals(value, StringComparison.Ordinal)
        || ns.StartsWith(value + ".", StringComparison.Ordinal);

    private static string Namespace(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }
}
