namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>Several generated hierarchies (one namespace per seed) compiled into one assembly.</summary>
internal sealed class GeneratedBatch
{
    private GeneratedBatch(string tag, int[] seeds, bool extraMember)
    {
        Tag = tag;
        AssemblyName = $"Diff{tag}_{seeds[0]}_{seeds.Length}";
        Seeds = seeds;
        Sources = [.. seeds.Select(seed => (HierarchySource.Namespace(tag, seed), HierarchySource.Generate(tag, seed, extraMember)))];
    }

    /// <summary>The first part of every namespace of the batch: unique per test.</summary>
    public string Tag { get; }

    /// <summary>Unique per test and batch.</summary>
    public string AssemblyName { get; }

    public int[] Seeds { get; }

    public IReadOnlyList<(string Name, string Text)> Sources { get; }

    /// <param name="tag">A short name of the test (an identifier): the namespaces' first part, and part of the assembly name.</param>
    /// <param name="seeds">One hierarchy per seed.</param>
    /// <param name="extraMember">Adds an unused member to each namespace: the same program, another build (another MVID).</param>
    public static GeneratedBatch Create(string tag, int[] seeds, bool extraMember = false) => new(tag, seeds, extraMember);

    public string Namespace(int seed) => HierarchySource.Namespace(Tag, seed);

    /// <summary>Compiles into <c>{folder}/{AssemblyName}.dll</c>, with its PDB.</summary>
    public string CompileTo(string folder) => HierarchyCompiler.Compile(AssemblyName, Sources, folder);

    /// <summary>Keeps the sources past the test and says where.</summary>
    public string Keep() => HierarchyCompiler.Keep(AssemblyName, Sources);
}
