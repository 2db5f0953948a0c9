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
        Type(typeName).GetMethod("Sum", BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"{typeName}.Sum not found in the {Name} build.");

    /// <summary>The class <paramref name="typeName"/> of this build (e.g. <c>InterfaceSites</c>).</summary>
    public Type Type(string typeName) => Assembly.GetType($"{SitesLibrary.Namespace}.{typeName}", throwOnError: true)!;

    /// <summary>The Optpoline sites the rewriter generated in this build (none in the original), but those in generic code.</summary>
    /// <remarks>
    /// Each lives in a static field <c>Site</c> of a nested holder type <c>&lt;Optpoline&gt;Site_N</c>; reading it runs the holder's
    /// initialiser. A holder of a call in generic code is generic, with a site per instantiation: see <see cref="SitesIn"/>.
    /// </remarks>
    public IReadOnlyList<CallSite> Sites() =>
        Assembly.GetTypes()
            .Where(t => t.Name.StartsWith(HolderPrefix, StringComparison.Ordinal) && !t.ContainsGenericParameters)
            .Select(t => t.GetField("Site", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null))
            .OfType<CallSite>()
            .ToList();

    /// <summary>
    /// The sites of the calls in method <paramref name="caller"/> of class <paramref name="typeName"/>: in
    /// generic code, those of the caller's <paramref name="instantiation"/> (its holders are generic over the
    /// caller's parameters; a generic method's key names its type arguments). Reading a site runs its
    /// holder's initialiser, which makes it.
    /// </summary>
    public IReadOnlyList<CallSite> SitesIn(string typeName, string caller, params Type[] instantiation)
    {
        var sites = new List<CallSite>();
        foreach (var holder in Type(typeName).GetNestedTypes(BindingFlags.NonPublic).Where(t => t.Name.StartsWith(HolderPrefix, StringComparison.Ordinal)))
        {
            if ((holder.IsGenericTypeDefinition ? holder.GetGenericArguments().Length : 0) != instantiation.Length)
            {
                continue;
            }

            Type closed;
            try
            {
                closed = instantiation.Length == 0 ? holder : holder.MakeGenericType(instantiation);
            }
            catch (ArgumentException)
            {
                // A constraint of another caller that this instantiation does not meet: not one of its holders.
                continue;
            }

            if (closed.GetField("Site", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) is CallSite site
                && (site.Key.Contains($"::{caller}@", StringComparison.Ordinal) || site.Key.Contains($"::{caller}[[", StringComparison.Ordinal)))
            {
                sites.Add(site);
            }
        }

        return sites;
    }

    private const string HolderPrefix = "<Optpoline>Site_";
}
