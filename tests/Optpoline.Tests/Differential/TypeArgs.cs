namespace Optpoline.Tests.Differential;

/// <summary>Facts about <see cref="TypeArg"/> values.</summary>
internal static class TypeArgs
{
    /// <summary>The closed arguments a generated type or method can be instantiated at.</summary>
    public static readonly TypeArg[] Closed = [TypeArg.String, TypeArg.Object, TypeArg.Tag, TypeArg.Int, TypeArg.Long];

    public static bool IsReference(this TypeArg arg) => arg is TypeArg.String or TypeArg.Object or TypeArg.Tag;

    public static bool IsValue(this TypeArg arg) => arg is TypeArg.Int or TypeArg.Long;

    public static string Display(this TypeArg arg) => arg switch
    {
        TypeArg.OwnT => "T",
        TypeArg.String => "string",
        TypeArg.Object => "object",
        TypeArg.Tag => "Tag",
        TypeArg.Int => "int",
        _ => "long",
    };
}
