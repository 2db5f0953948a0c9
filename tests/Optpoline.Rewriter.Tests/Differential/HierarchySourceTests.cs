namespace Optpoline.Rewriter.Tests.Differential;

public sealed class HierarchySourceTests
{
    [Fact]
    public void Generate_ManySeeds_CompilesAndCoversEveryFeature()
    {
        var seeds = Enumerable.Range(1, 80).ToArray();
        var sources = seeds.Select(seed => HierarchySource.Generate("Compile", seed)).ToList();
        var all = string.Concat(sources);
        foreach (var feature in new[] { "abstract override", "sealed override", "new virtual", "abstract string IRoot.D", "string IRoot.D(int a) =>", "base.", "private sealed class", "<TC>", "IGen<TC>.Get", "public struct", "Clone()", "IRoot.G<T>()", "throw new" })
        {
            Assert.Contains(feature, all, StringComparison.Ordinal);
        }

        using var folder = new TestFolder();
        foreach (var chunk in seeds.Chunk(40))
        {
            GeneratedBatch.Create("Compile", chunk).CompileTo(folder.Path);
        }
    }

    [Fact]
    public void Generate_SameSeed_SameSource() => Assert.Equal(HierarchySource.Generate("Same", 7), HierarchySource.Generate("Same", 7));
}
