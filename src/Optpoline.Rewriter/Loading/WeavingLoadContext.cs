using System.Reflection;
using System.Runtime.Loader;

namespace Optpoline.Rewriter.Loading;

/// <summary>
/// Loads an app's own assemblies and its NuGet packages woven in memory, as the app asks for them.
/// </summary>
/// <remarks>
/// <para>
/// Where an assembly comes from is decided as the .NET host decides it for <c>dotnet app.dll</c>:
/// an <see cref="AssemblyDependencyResolver"/> reads the app's deps.json (NuGet packages, runtime-
/// and culture-specific assets, native libraries); without one, the app's folder is the app.
/// </para>
/// <para>
/// Three kinds of assembly are not this context's to load, and <see cref="Load"/> returns null for
/// them so that the default context serves them: the Optpoline runtime (woven code must reach the
/// runtime that is already running, so that there is one patcher and one report), the shared
/// framework's assemblies (never woven; an app copy wins only when it is a later version, as with
/// the host), and anything the resolver does not know.
/// </para>
/// <para>
/// The other shared frameworks an app asks for (<c>Microsoft.AspNetCore.App</c>) are not in the
/// default context, which holds only what the <c>optpoline</c> command itself runs on: their
/// assemblies are loaded by this context, from the framework's folder, as they are (never woven),
/// with the same rule for an app copy of a later version.
/// </para>
/// <para>
/// Everything else is woven (<see cref="AssemblyWeaver.WeaveToMemory"/>) with its symbols and loaded
/// from memory. An assembly that cannot or need not be woven (ReadyToRun, mixed-mode, already woven,
/// excluded, nothing to rewrite, or a dependency the weaver cannot find) is loaded from its file as
/// it is: weaving is an optimization, and never a reason for the app not to start.
/// </para>
/// <para>
/// The context is not collectible: it lives as long as the app. Loads are serialized by one lock,
/// so two threads asking for the same assembly get the same one, woven once.
/// </para>
/// </remarks>
public sealed class WeavingLoadContext : AssemblyLoadContext
{
    private static readonly string s_runtimeName = typeof(OptpolineWovenAttribute).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver _resolver;
    private readonly WeaveOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Assembly> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<LoadedAssembly> _loaded = [];
    private readonly Dictionary<string, string> _hosted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the context for the app whose main assembly is <paramref name="appPath"/>.</summary>
    /// <param name="appPath">The app's main assembly; its deps.json, if any, is beside it.</param>
    /// <param name="options">What to weave (<see cref="WeaveOptions.Include"/>, <see cref="WeaveOptions.Exclude"/>).</param>
    /// <param name="frameworks">The shared frameworks the app runs on besides <see cref="SharedFramework.NetCoreApp"/>, which this context loads.</param>
    public WeavingLoadContext(string appPath, WeaveOptions? options = null, IEnumerable<SharedFramework>? frameworks = null)
        : base("optpoline: " + Path.GetFileNameWithoutExtension(appPath), isCollectible: false)
    {
        AppPath = Path.GetFullPath(appPath);
        foreach (var framework in frameworks ?? [])
        {
            if (!string.Equals(framework.Name, SharedFramework.NetCoreApp, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (name, path) in framework.Assemblies())
                {
                    _hosted.TryAdd(name, path);
                }
            }
        }

        _resolver = new AssemblyDependencyResolver(AppPath);
        _options = (options ?? new WeaveOptions()) with { SkipUnchanged = true, ReferenceLocator = Locate };
    }

    /// <summary>The app's main assembly.</summary>
    public string AppPath { get; }

    /// <summary>The assemblies loaded so far, in load order.</summary>
    public IReadOnlyList<LoadedAssembly> Loaded
    {
        get
        {
            lock (_gate)
            {
                return [.. _loaded];
            }
        }
    }

    /// <summary>Loads the app's main assembly (woven, when it can be).</summary>
    public Assembly LoadApp()
    {
        lock (_gate)
        {
            return LoadFile(Path.GetFileNameWithoutExtension(AppPath), AppPath);
        }
    }

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { } name || string.Equals(name, s_runtimeName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(assemblyName.CultureName))
        {
            // Satellite resource assemblies hold no code: nothing to weave.
            return _resolver.ResolveAssemblyToPath(assemblyName) is { } satellite ? LoadFromAssemblyPath(satellite) : null;
        }

        if (AppPathOf(assemblyName) is not { } path)
        {
            return _hosted.TryGetValue(name, out var hosted) ? LoadHosted(name, hosted) : null;
        }

        lock (_gate)
        {
            return LoadFile(name, path);
        }
    }

    /// <summary>A hosted framework's assembly, loaded once and as it is.</summary>
    private Assembly LoadHosted(string name, string path)
    {
        lock (_gate)
        {
            if (!_byName.TryGetValue(name, out var assembly))
            {
                assembly = LoadFromAssemblyPath(path);
                _byName[name] = assembly;
            }

            return assembly;
        }
    }

    /// <inheritdoc/>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    /// <summary>The app's file for an assembly, or null when the default context should serve it.</summary>
    private string? AppPathOf(AssemblyName assemblyName)
    {
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            return null;
        }

        return FrameworkPathOf(assemblyName.Name!) is { } framework && !FrameworkAssemblies.IsNewer(path, framework) ? null : path;
    }

    /// <summary>The framework's file for an assembly (the running framework's, else a hosted one's), or null.</summary>
    private string? FrameworkPathOf(string simpleName) =>
        FrameworkAssemblies.PathOf(simpleName) ?? _hosted.GetValueOrDefault(simpleName);

    /// <summary>The weaver's way to find a dependency: where this context (or, failing it, the framework) will load it from.</summary>
    private string? Locate(string simpleName)
    {
        var name = new AssemblyName(simpleName);
        return AppPathOf(name) ?? FrameworkPathOf(simpleName);
    }

    private Assembly LoadFile(string name, string path)
    {
        if (_byName.TryGetValue(name, out var loaded))
        {
            return loaded;
        }

        var (assembly, outcome) = WeaveAndLoad(name, path);
        _byName[name] = assembly;
        _loaded.Add(outcome);
        return assembly;
    }

    private (Assembly, LoadedAssembly) WeaveAndLoad(string name, string path)
    {
        if (_options.Exclude.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return (LoadFromAssemblyPath(path), new LoadedAssembly(name, path, null, "excluded"));
        }

        WovenImage woven;
        try
        {
            woven = AssemblyWeaver.WeaveToMemory(path, _options);
        }
        catch (WeaveException e)
        {
            return (LoadFromAssemblyPath(path), new LoadedAssembly(name, path, null, e.Message));
        }
#pragma warning disable CA1031 // A weaver failure must not stop the app: the assembly runs as it was built, and the summary says why.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (LoadFromAssemblyPath(path), new LoadedAssembly(name, path, null, $"the weaver failed ({e.GetType().Name}: {e.Message})"));
        }

        if (woven.Image is null)
        {
            return (LoadFromAssemblyPath(path), new LoadedAssembly(name, path, woven.Result, "no site to rewrite"));
        }

        using var image = new MemoryStream(woven.Image, writable: false);
        using var symbols = woven.Symbols is null ? null : new MemoryStream(woven.Symbols, writable: false);
        return (LoadFromStream(image, symbols), new LoadedAssembly(name, path, woven.Result, null));
    }
}
