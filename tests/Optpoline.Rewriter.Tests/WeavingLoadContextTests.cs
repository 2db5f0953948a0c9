using System.Reflection;
using System.Runtime.Loader;
using Optpoline.Rewriter.Loading;

namespace Optpoline.Rewriter.Tests;

/// <summary>Where <see cref="WeavingLoadContext"/> takes each assembly from, and which it weaves.</summary>
public sealed class WeavingLoadContextTests
{
    private static readonly string s_app = Path.Combine(AppContext.BaseDirectory, "runapp", "Optpoline.Rewriter.RunApp.dll");

    [Fact]
    public void LoadApp_AppAndItsLibrary_WovenInThisContext()
    {
        var context = new WeavingLoadContext(s_app);

        var app = context.LoadApp();
        var library = context.LoadFromAssemblyName(new AssemblyName("Optpoline.Rewriter.Fixtures"));

        Assert.Same(context, AssemblyLoadContext.GetLoadContext(app));
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(library));
        Assert.True(IsWoven(app));
        Assert.True(IsWoven(library));
        Assert.Same(app, context.LoadApp());
        Assert.Equal(["Optpoline.Rewriter.RunApp", "Optpoline.Rewriter.Fixtures"], context.Loaded.Select(a => a.Name));
        Assert.All(context.Loaded, a => Assert.True(a.Woven && a.Result!.SitesRewritten > 0, a.LeftAsIs));
        Assert.Equal(library, app.GetReferencedAssemblies().Where(r => r.Name == library.GetName().Name).Select(context.LoadFromAssemblyName).Single());
    }

    [Fact]
    public void Load_RuntimeAndFramework_ComeFromTheDefaultContext()
    {
        var context = new WeavingLoadContext(s_app);

        var runtime = context.LoadFromAssemblyName(new AssemblyName("Optpoline"));
        var framework = context.LoadFromAssemblyName(new AssemblyName("System.Linq"));

        Assert.Same(typeof(OptpolineRuntime).Assembly, runtime);
        Assert.Same(typeof(Enumerable).Assembly, framework);
        Assert.Empty(context.Loaded);
    }

    [Fact]
    public void Load_ExcludedAndNotIncluded_LoadedAsBuiltAndSaysWhy()
    {
        var context = new WeavingLoadContext(s_app, new WeaveOptions { Include = ["Optpoline.Rewriter.Fixtures"], Exclude = ["Acornima"] });

        var app = context.LoadApp();
        var library = context.LoadFromAssemblyName(new AssemblyName("Optpoline.Rewriter.Fixtures"));
        var excluded = context.LoadFromAssemblyName(new AssemblyName("Acornima"));

        Assert.False(IsWoven(app));
        Assert.True(IsWoven(library));
        Assert.False(IsWoven(excluded));
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(excluded));
        Assert.Equal(["no site to rewrite", null, "excluded"], context.Loaded.Select(a => a.LeftAsIs));
    }

    private static bool IsWoven(Assembly assembly) => assembly.GetCustomAttribute<OptpolineWovenAttribute>() is not null;
}
