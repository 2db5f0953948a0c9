namespace Optpoline.Reporting;

/// <summary>Readable type names for reports: <c>List&lt;Int32&gt;</c> rather than a backtick-mangled full name.</summary>
internal static class TypeNames
{
    public static string Of(Type type)
    {
        // A generic parameter's declaring type is the generic type itself: naming it through
        // DeclaringType would recurse forever (found on Jint's nested generic types).
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[]";
        }

        // A nested type carries its outer types' generic arguments too: name the outers bare.
        var name = type.IsNested ? Bare(type.DeclaringType!) + "." + WithoutArity(type.Name) : WithoutArity(type.Name);
        return type.IsGenericType ? $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Of))}>" : name;
    }

    private static string Bare(Type type) => (type.IsNested ? Bare(type.DeclaringType!) + "." : "") + WithoutArity(type.Name);

    private static string WithoutArity(string name) => name.IndexOf('`') is var tick and >= 0 ? name[..tick] : name;
}
