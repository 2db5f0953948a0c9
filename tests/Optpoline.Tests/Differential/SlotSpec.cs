namespace Optpoline.Tests.Differential;

/// <summary>
/// A virtual slot: a method that a class introduces (virtual, abstract, <c>new</c>, covariant, or a
/// public virtual implicit interface implementation) or an interface declares. Overrides name the
/// slot they override; call sites are made on slots.
/// </summary>
internal sealed class SlotSpec(string name, TypeSpec owner, ArgShape args, ReturnShape returns, bool isGeneric)
{
    public string Name { get; } = name;

    public TypeSpec Owner { get; } = owner;

    public ArgShape Args { get; } = args;

    public ReturnShape Returns { get; } = returns;

    /// <summary>A generic virtual method with one type parameter <c>U</c>.</summary>
    public bool IsGeneric { get; } = isGeneric;

    /// <summary>For a generic virtual method: the instantiations call sites are made at.</summary>
    public List<TypeArg> MethodArgs { get; } = [];

    public string Signature
    {
        get
        {
            var returns = Returns switch
            {
                ReturnShape.String => "string",
                ReturnShape.Int => "int",
                _ => Returns.ToString(),
            };
            var parameters = Args switch
            {
                ArgShape.Int => "int a",
                ArgShape.String => "string s",
                ArgShape.IntString => "int a, string s",
                _ => "",
            };
            var generic = IsGeneric ? $"<U> /* at {string.Join(", ", MethodArgs.Select(a => a.Display()))} */" : "";
            return $"{returns} {Name}{generic}({parameters})";
        }
    }
}
