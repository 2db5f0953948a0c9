namespace Optpoline.Tests.Differential;

/// <summary>Short C#-like names of runtime types, for results and failure messages.</summary>
internal static class TypeNames
{
    public static string Of(Type? type) => type switch
    {
        null => "null",
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GenericTypeArguments.Select(Of))}>",
        _ when type == typeof(string) => "string",
        _ when type == typeof(object) => "object",
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ => type.Name,
    };
}
