using System.Reflection;

namespace Optpoline.Benchmarks.Baking;

/// <summary>One build of <c>Optpoline.Benchmarks.Sites</c> (original, woven or baked), loaded in its own context.</summary>
internal sealed class SitesBuild
{
    private SitesBuild(string name, Assembly assembly)
    {
        Name = name;
        Assembly = assembly;
    }

    public string Name { get; }

    public Assembly Assembly { get; }

    public static SitesBuild Load(string name, string path) =>
        new(name, new SitesLoadContext(name).LoadFromAssemblyPath(path));

    /// <summary>The public static <c>Sum</c> of <paramref name="typeName"/> (e.g. <c>InterfaceSites</c>).</summary>
    public MethodInfo Sum(string typeName) =>
        Assembly.GetType($"{SitesLibrary.Namespace}.{typeName}", throwOnError: true)!.GetMethod("Sum", BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"{typeName}.Sum not found in the {Name} build.");

    /// <summary>The Optpoline sites the rewriter generated in this build (none in the original).</summary>
    /// <remarks>Each lives in a static field <c>Site</c> of a nested holder type <c>&lt;Optpoline&gt;Site_N</c>; reading it runs the holder's initialiser.</remarks>
    public IReadOnlyList<CallSite> Sites() =>
        Assembly.GetTypes()
            .Where(t => t.Name.StartsWith("<Optpoline>Site_", StringComparison.Ordinal))
            .Select(t => t.GetField("Site", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null))
            .OfType<CallSite>()
            .ToList();
}
