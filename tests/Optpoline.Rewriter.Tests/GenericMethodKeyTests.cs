using System.Reflection;
using Optpoline.Reporting;
using Optpoline.Rewriter.Tests.Differential;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// What the report says of the sites in a generic method (not type) at two instantiations,
/// <c>Helper.Process&lt;string&gt;</c> and <c>Helper.Process&lt;int&gt;</c>.
/// </summary>
/// <remarks>
/// Each instantiation has sites of its own (the holder is generic over the method's parameter), and
/// the runtime's key names the method's type arguments as the caller type's full name names its own
/// (<c>KeyFixtures.Helper::Process[[System.String, ...]]@IL_0001</c>), so the two are told apart in a
/// report and in the profile store, which merges sites by key. The origin (caller name and IL offset)
/// stays the same for every instantiation: it is what a profile is matched by.
/// </remarks>
public sealed class GenericMethodKeyTests
{
    private const string AssemblyPrefix = "Optpoline.KeyFixtures";

    private const string Source = """
        namespace KeyFixtures;

        public abstract class Handler<T> { public abstract int Apply(T x); }

        public sealed class Counting<T> : Handler<T> { public override int Apply(T x) => 1; }

        public abstract class Resolver { public abstract Handler<T> Get<T>(); }

        public sealed class PlainResolver : Resolver { public override Handler<T> Get<T>() => new Counting<T>(); }

        public static class Helper
        {
            public static int Process<T>(Resolver r, T x) => r.Get<T>().Apply(x);
        }
        """;

    [Fact]
    public void Weave_GenericMethodAtTwoInstantiations_ASiteOfItsOwnPerInstantiation()
    {
        var sites = SitesOfBothInstantiations();
        var described = Describe(sites);

        // Two calls (r.Get<T>(), .Apply(x)), each with a site per instantiation.
        Assert.True(sites.Count == 4, $"expected 4 sites:{Environment.NewLine}{described}");
        Assert.True(sites.Count(s => s.Method == "Resolver.Get") == 2, described);
        Assert.True(sites.Count(s => s.Method == "Handler<String>.Apply") == 1 && sites.Count(s => s.Method == "Handler<Int32>.Apply") == 1, described);
    }

    [Fact]
    public void Weave_GenericMethodAtTwoInstantiations_ReportKeysDistinguishable()
    {
        var sites = SitesOfBothInstantiations();

        Assert.True(sites.Select(s => s.Key).Distinct().Count() == sites.Count, $"two instantiations' sites share a key:{Environment.NewLine}{Describe(sites)}");
    }

    /// <summary>Weaves the source, calls <c>Process&lt;string&gt;</c> and <c>Process&lt;int&gt;</c> once each, and returns the report's sites of the woven assembly.</summary>
    private static List<SiteSnapshot> SitesOfBothInstantiations()
    {
        // A name of its own per load: the report keeps listing an earlier load's sites until they are collected.
        var name = $"{AssemblyPrefix}_{Guid.NewGuid():N}";
        using var folder = new TestFolder();
        var original = HierarchyCompiler.Compile(name, [("Keys", Source)], folder["original"]);
        var woven = folder["woven/" + name + ".dll"];
        Assert.Equal(2, AssemblyWeaver.Weave(original, woven).SitesRewritten);
        var context = new IsolatedContext(Path.GetDirectoryName(woven)!, "generic-method-keys");
        try
        {
            var assembly = context.LoadFile(woven);
            var resolver = Activator.CreateInstance(assembly.GetType("KeyFixtures.PlainResolver", throwOnError: true)!);
            var process = assembly.GetType("KeyFixtures.Helper", throwOnError: true)!.GetMethod("Process", BindingFlags.Public | BindingFlags.Static)!;
            process.MakeGenericMethod(typeof(string)).Invoke(null, [resolver, "x"]);
            process.MakeGenericMethod(typeof(int)).Invoke(null, [resolver, 1]);

            // The report lists every live site of the process; other tests' assemblies have other names.
            return [.. OptpolineRuntime.Report().Sites.Where(s => s.Origin?.Assembly == name)];
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Describe(List<SiteSnapshot> sites) =>
        string.Join(Environment.NewLine, sites.Select(s => $"{s.Key}  {s.Method}  {s.Origin?.Caller}@{s.Origin?.ILOffset}"));
}
