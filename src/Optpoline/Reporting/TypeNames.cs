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

        var name = type.IsNested ? Of(type.DeclaringType!) + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.LastIndexOf('`');
        var bare = tick >= 0 ? name[..tick] : name;
        return $"{bare}<{string.Join(", ", type.GetGenericArguments().Select(Of))}>";
    }
}
