using Xunit.Abstractions;

namespace Optpoline.Tests.Differential;

public sealed class HierarchyGeneratorTests(ITestOutputHelper output)
{
    /// <summary>At least this many of 1000 hierarchies contain each case.</summary>
    private const int MinimumPerCase = 100;

    [Fact]
    public void Generate_ThousandHierarchies_ContainEveryCaseManyTimes()
    {
        var seed = DiffSettings.FromEnvironment().Seed;
        var counts = Enum.GetValues<DiffCase>().ToDictionary(c => c, _ => 0);
        for (var index = 0; index < 1000; index++)
        {
            foreach (var found in DiffCensus.Of(HierarchyGenerator.Generate(seed, index)))
            {
                counts[found]++;
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, counts.Select(c => $"{c.Key}: {c.Value}")));
        Assert.All(counts, c => Assert.True(c.Value >= MinimumPerCase, $"{c.Key} appears in only {c.Value} of 1000 hierarchies (base seed {seed})"));
    }

    [Fact]
    public void Generate_SameSeedAndIndex_SameHierarchy()
    {
        var first = HierarchyGenerator.Generate(7, 42).Describe();
        var again = HierarchyGenerator.Generate(7, 42).Describe();

        Assert.Equal(first, again);
    }

    [Fact]
    public void Generate_OtherIndex_OtherHierarchy()
    {
        var descriptions = Enumerable.Range(0, 20).Select(i => HierarchyGenerator.Generate(7, i).DescribeTypes()).ToHashSet();

        Assert.True(descriptions.Count >= 19, $"only {descriptions.Count} distinct hierarchies among 20");
    }

    [Fact]
    public void Emit_FirstHierarchies_LoadAndExposeSites()
    {
        var seed = DiffSettings.FromEnvironment().Seed;
        var sites = 0;
        for (var index = 0; index < 50; index++)
        {
            var hierarchy = HierarchyEmitter.Emit(HierarchyGenerator.Generate(seed, index));

            Assert.All(hierarchy.Receivers, r => Assert.NotNull(Activator.CreateInstance(r)));
            sites += SiteFinder.Find(hierarchy).Count(s => s.Receivers.Count > 0);
        }

        Assert.True(sites >= 250, $"only {sites} call sites in 50 hierarchies");
    }
}
