namespace Optpoline.Tests.Differential;

/// <summary>A generated type hierarchy: what to emit, and where it came from.</summary>
internal sealed class HierarchySpec(int baseSeed, int index, int seed)
{
    /// <summary>The run's base seed (<c>OPTPOLINE_DIFF_SEED</c>).</summary>
    public int BaseSeed { get; } = baseSeed;

    /// <summary>The hierarchy's position in the run.</summary>
    public int Index { get; } = index;

    /// <summary>The seed this hierarchy was generated from.</summary>
    public int Seed { get; } = seed;

    /// <summary>Every type, in an order where interfaces and base classes come before the types using them.</summary>
    public List<TypeSpec> Types { get; } = [];

    public string Origin => $"base seed {BaseSeed}, hierarchy #{Index} (hierarchy seed {Seed})";

    public string Describe() => $"// {Origin}{Environment.NewLine}{DescribeTypes()}";

    /// <summary>The types as C#-like declarations.</summary>
    public string DescribeTypes() =>
        $"// sealed class Tag {{ }}{Environment.NewLine}" + string.Join(Environment.NewLine, Types.Select(t => t.Describe()));
}
