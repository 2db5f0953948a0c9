using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// Finds the input's dependencies beside it, in the given folders, then in the running .NET's
/// shared framework. Every assembly is read into memory, so no file stays open while woven
/// assemblies are written over their originals (<c>--in-place</c>, a folder woven into itself).
/// A locator, when given, is asked first (an app's deps.json-aware resolver).
/// </summary>
internal sealed class InMemoryAssemblyResolver : BaseAssemblyResolver
{
    private readonly Dictionary<string, AssemblyDefinition?> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<string, string?>? _locator;

    public InMemoryAssemblyResolver(IEnumerable<string> directories, Func<string, string?>? locator = null)
    {
        _locator = locator;
        foreach (var directory in GetSearchDirectories())
        {
            RemoveSearchDirectory(directory);
        }

        foreach (var directory in directories.Append(RuntimeDirectory).Distinct(StringComparer.Ordinal))
        {
            AddSearchDirectory(directory);
        }
    }

    private static string RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    public override AssemblyDefinition Resolve(AssemblyNameReference name)
    {
        if (!_cache.TryGetValue(name.Name, out var assembly))
        {
            try
            {
                var parameters = new ReaderParameters { AssemblyResolver = this, InMemory = true };
                assembly = _locator?.Invoke(name.Name) is { } path && File.Exists(path)
                    ? AssemblyDefinition.ReadAssembly(path, parameters)
                    : base.Resolve(name, parameters);
            }
            catch (AssemblyResolutionException)
            {
                assembly = null;
            }

            _cache[name.Name] = assembly;
        }

        return assembly ?? throw new AssemblyResolutionException(name);
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var assembly in _cache.Values)
        {
            assembly?.Dispose();
        }

        _cache.Clear();
        base.Dispose(disposing);
    }
}
