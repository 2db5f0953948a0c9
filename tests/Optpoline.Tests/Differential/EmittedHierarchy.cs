namespace Optpoline.Tests.Differential;

/// <summary>A loaded hierarchy: its runtime types, the concrete receiver types, and its log.</summary>
internal sealed class EmittedHierarchy
{
    private readonly Dictionary<Type, TypeSpec> _specs = [];

    public EmittedHierarchy(HierarchySpec spec, IReadOnlyDictionary<TypeSpec, Type> types, Type tag, List<string> log)
    {
        Spec = spec;
        Types = types;
        Tag = tag;
        Log = log;
        foreach (var (typeSpec, type) in types)
        {
            _specs[type] = typeSpec;
        }

        Receivers = spec.Types
            .Where(t => t.IsConcrete)
            .SelectMany(t => t.IsGeneric ? t.Instantiations.Select(a => types[t].MakeGenericType(ArgType(a))) : [types[t]])
            .ToList();
    }

    public HierarchySpec Spec { get; }

    /// <summary>Runtime types; generic ones as definitions.</summary>
    public IReadOnlyDictionary<TypeSpec, Type> Types { get; }

    public Type Tag { get; }

    /// <summary>What implementations that log append to (the generated <c>Log.Entries</c>).</summary>
    public List<string> Log { get; }

    /// <summary>Every concrete class and struct, generic ones at each of their instantiations.</summary>
    public IReadOnlyList<Type> Receivers { get; }

    public Type ArgType(TypeArg arg) => arg switch
    {
        TypeArg.String => typeof(string),
        TypeArg.Object => typeof(object),
        TypeArg.Tag => Tag,
        TypeArg.Int => typeof(int),
        TypeArg.Long => typeof(long),
        _ => throw new ArgumentOutOfRangeException(nameof(arg), arg, "not a closed argument"),
    };

    /// <summary>The spec a generated type (or an instantiation of one) came from; null for other types.</summary>
    public TypeSpec? SpecOf(Type type) =>
        _specs.GetValueOrDefault(type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type);
}
