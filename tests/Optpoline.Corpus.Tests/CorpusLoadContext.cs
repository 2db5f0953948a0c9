using System.Reflection;
using System.Runtime.Loader;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// A collectible context that loads assemblies from its folders, in order (the woven package first,
/// then the corpus, then the ASP.NET Core shared framework), and leaves the rest to the tests' own
/// context: Microsoft.NETCore.App, and the Optpoline runtime, which woven code must share with the
/// tests. A corpus assembly wins over a framework one of the same name, as a newer app copy does
/// with the host (the corpus's Microsoft.Extensions.* are newer than the ASP.NET Core framework's).
/// </summary>
internal sealed class CorpusLoadContext(string name, IReadOnlyList<string> folders) : AssemblyLoadContext(name, isCollectible: true)
{
    private static readonly string s_runtimeName = typeof(OptpolineWovenAttribute).Assembly.GetName().Name!;

    public Assembly LoadFile(string path)
    {
        var pdb = Path.ChangeExtension(path, ".pdb");
        using var image = new MemoryStream(File.ReadAllBytes(path), writable: false);
        using var symbols = File.Exists(pdb) ? new MemoryStream(File.ReadAllBytes(pdb), writable: false) : null;
        return LoadFromStream(image, symbols);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { } simple || simple == s_runtimeName || !string.IsNullOrEmpty(assemblyName.CultureName))
        {
            return null;
        }

        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, simple + ".dll");
            if (File.Exists(path))
            {
                return LoadFile(path);
            }
        }

        return null;
    }
}
