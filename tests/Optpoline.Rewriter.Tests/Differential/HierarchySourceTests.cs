namespace Optpoline.Rewriter.Tests.Differential;

public sealed class HierarchySourceTests
{
    [Fact]
    public void Generate_ManySeeds_CompilesAndCoversEveryFeature()
    {
        var seeds = Enumerable.Range(1, 80).ToArray();
        var sources = seeds.Select(seed => HierarchySource.Generate("Compile", seed)).ToList();
        var all = string.Concat(sources);
        foreach (var feature in new[] { "abstract override", "sealed override", "new virtual", "abstract string IRoot.D", "string IRoot.D(int a) =>", "base.", "private sealed class", "<TC>", "IGen<TC>.Get", "public struct", "Clone()", "IRoot.G<T>()", "throw new", "IOut<out T>", "where TN : Conv<T>, new()", "where TR : IVal<T>", "Deeper<U>", "Func<T, int, string>" })
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

    [Fact]
    public void Run_OriginalBuild_TranscriptsAreDeterministicAndVaried()
    {
        var batch = GeneratedBatch.Create("Varied", Enumerable.Range(1, 2 * DiffKnobs.BatchSize).ToArray());
        using var folder = new TestFolder();
        var path = batch.CompileTo(folder.Path);
        using var run = new DriverRun(batch, path, "varied");
        var all = string.Concat(batch.Seeds.Select(seed => run.Run(seed, distribution: 2)));
        Assert.Equal(all, string.Concat(batch.Seeds.Select(seed => run.Run(seed, distribution: 2))));
        Assert.NotEqual(run.Run(1, distribution: 0), run.Run(1, distribution: 1));
        foreach (var expected in new[] { " null:!NullReferenceException:", ":!InvalidOperationException:", ":!ArgumentOutOfRangeException:", "IMid.D:", "IRoot.D:", "IGen<", ".G<String>", ".GV<Int32>", "T[", ".Clone", ".new", ".IRoot", "/", "[System.Int32]", "IVal.Dim<Int32>", "Deeper:", "VStruct.Show:", "Conv.Tag<", "O1:" })
        {
            Assert.Contains(expected, all, StringComparison.Ordinal);
        }
    }
}
