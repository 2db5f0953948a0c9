using System.Reflection;
using System.Runtime.Loader;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// A collectible context that loads assemblies from one folder, and everything else (the framework,
/// and Optpoline itself) from the tests' own context, so that woven code talks to the same
/// Optpoline runtime the tests read reports from.
/// </summary>
internal sealed class IsolatedContext(string folder, string name) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == "Optpoline")
        {
            return null;
        }

        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromStream(new MemoryStream(File.ReadAllBytes(path)), PdbOf(path)) : null;
    }

    public Assembly LoadFile(string path) => LoadFromStream(new MemoryStream(File.ReadAllBytes(path)), PdbOf(path));

    private static MemoryStream? PdbOf(string path)
    {
        var pdb = Path.ChangeExtension(path, ".pdb");
        return File.Exists(pdb) ? new MemoryStream(File.ReadAllBytes(pdb)) : null;
    }
}
