namespace Optpoline.Tests.Differential;

/// <summary>
/// How often <see cref="HierarchyGenerator"/> makes a type or method generic, and an interface
/// covariant. <see cref="Default"/> is what the plain differential run was tuned with; keeping its
/// values keeps every hierarchy of a seed what it was.
/// </summary>
internal sealed record GeneratorBias
{
    public static GeneratorBias Default { get; } = new();

    /// <summary>
    /// For calls in generic code: most types generic (so most sites have a callee named through a type
    /// parameter), generic virtual methods common, half the generic interfaces covariant, and some types
    /// implementing one generic interface at two instantiations.
    /// </summary>
    public static GeneratorBias GenericCode { get; } = new()
    {
        GenericInterface = 0.85,
        InterfaceGenericMethod = 0.5,
        GenericRootClass = 0.7,
        GenericDerivedClass = 0.35,
        ClassGenericMethod = 0.4,
        GenericStruct = 0.6,
        CovariantInterface = 0.5,
        SecondInstantiation = 0.3,
    };

    public double GenericInterface { get; init; } = 0.4;

    /// <summary>An interface declares a generic virtual method.</summary>
    public double InterfaceGenericMethod { get; init; } = 0.35;

    public double GenericRootClass { get; init; } = 0.35;

    /// <summary>A class below a non-generic one is generic.</summary>
    public double GenericDerivedClass { get; init; } = 0.15;

    /// <summary>A slot a class introduces is a generic virtual method.</summary>
    public double ClassGenericMethod { get; init; } = 0.25;

    public double GenericStruct { get; init; } = 0.3;

    /// <summary>
    /// A generic interface is declared <c>out T</c> (its methods never name <c>T</c>, so any may be).
    /// Zero draws nothing from the random stream, so <see cref="Default"/> hierarchies stay as they were.
    /// </summary>
    public double CovariantInterface { get; init; }

    /// <summary>
    /// A type that implements a generic interface at a closed argument implements it at a second one too
    /// (<c>class C : I0&lt;string&gt;, I0&lt;int&gt;</c>). Zero draws nothing, as for <see cref="CovariantInterface"/>.
    /// </summary>
    public double SecondInstantiation { get; init; }
}
