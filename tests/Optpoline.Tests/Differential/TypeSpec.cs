namespace Optpoline.Tests.Differential;

/// <summary>One generated interface, class or struct.</summary>
internal sealed class TypeSpec(string name, TypeKind kind)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    /// <summary>Has one type parameter <c>T</c>.</summary>
    public bool IsGeneric { get; init; }

    /// <summary>An interface whose <c>T</c> is covariant (<c>out T</c>): <c>I&lt;string&gt;</c> converts to <c>I&lt;object&gt;</c>.</summary>
    public bool IsCovariant { get; init; }

    public bool IsAbstract { get; init; }

    public bool IsSealed { get; init; }

    /// <summary>The base class of a class, or the one base interface of an interface.</summary>
    public TypeSpec? Parent { get; init; }

    /// <summary>How a generic <see cref="Parent"/> is instantiated (<see cref="TypeArg.OwnT"/>: with this type's <c>T</c>).</summary>
    public TypeArg ParentArg { get; init; }

    /// <summary>Classes: 0 for a root.</summary>
    public int Depth { get; init; }

    /// <summary>Interfaces this type lists itself (including re-implemented ones).</summary>
    public List<InterfaceRef> Interfaces { get; } = [];

    public List<MemberSpec> Members { get; } = [];

    /// <summary>For a concrete generic class or struct: the instantiations that receive calls.</summary>
    public List<TypeArg> Instantiations { get; } = [];

    /// <summary>Whether the type needs a counter field.</summary>
    public bool HasCounter => Kind != TypeKind.Interface && Members.Exists(m => m.Counts);

    public bool IsConcrete => Kind != TypeKind.Interface && !IsAbstract;

    /// <summary>The name of the emitted type (with the arity suffix for a generic one).</summary>
    public string MetadataName => IsGeneric ? Name + "`1" : Name;

    public string Describe()
    {
        var modifiers = Kind switch
        {
            TypeKind.Interface => "interface",
            TypeKind.Struct => "struct",
            _ => (IsAbstract ? "abstract " : "") + (IsSealed ? "sealed " : "") + "class",
        };
        var bases = new List<string>();
        if (Parent is not null)
        {
            bases.Add(Parent.IsGeneric ? $"{Parent.Name}<{ParentArg.Display()}>" : Parent.Name);
        }

        bases.AddRange(Interfaces.Select(i => i.Display));
        var header = $"{modifiers} {Name}{(IsGeneric ? IsCovariant ? "<out T>" : "<T>" : "")}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
        if (Instantiations.Count > 0)
        {
            header += $"  /* receivers at {string.Join(", ", Instantiations.Select(a => a.Display()))} */";
        }

        var lines = new List<string> { header + " {" };
        lines.AddRange(Members.Select(m => "    " + m.Describe()));
        lines.Add("}");
        return string.Join(Environment.NewLine, lines);
    }
}
