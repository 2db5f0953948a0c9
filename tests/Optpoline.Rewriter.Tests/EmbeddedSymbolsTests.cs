using System.Reflection.PortableExecutable;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Tests;

/// <summary>Assemblies that carry their portable PDB inside the image, as many NuGet packages do.</summary>
public sealed class EmbeddedSymbolsTests
{
    /// <summary>Weaving one failed with "Argument null or empty (Parameter 'fileName')" (Cecil's embedded-PDB writer wants a file name).</summary>
    [Fact]
    public void Weave_EmbeddedPortablePdb_WritesImageWithEmbeddedPdb()
    {
        using var folder = new TestFolder();
        var embedded = WithEmbeddedSymbols(folder, folder["embedded.dll"]);
        Assert.True(HasEmbeddedPdb(embedded));

        var result = AssemblyWeaver.Weave(embedded, folder["woven.dll"]);

        Assert.True(result.SitesRewritten > 0);
        Assert.True(result.SymbolsKept);
        Assert.True(HasEmbeddedPdb(folder["woven.dll"]));
        Assert.False(File.Exists(folder["woven.pdb"]));
    }

    [Fact]
    public void WeaveToMemory_EmbeddedPortablePdb_KeepsSymbolsInTheImage()
    {
        using var folder = new TestFolder();
        var embedded = WithEmbeddedSymbols(folder, folder["embedded.dll"]);

        var woven = AssemblyWeaver.WeaveToMemory(embedded);

        Assert.NotNull(woven.Image);
        Assert.Null(woven.Symbols);
        using var reader = new PEReader(new MemoryStream(woven.Image!));
        Assert.Contains(reader.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    /// <summary>The fixtures, re-written with their PDB (copied beside them) embedded.</summary>
    private static string WithEmbeddedSymbols(TestFolder folder, string output)
    {
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName));
        folder.Copy(Path.Combine("fixtures", Path.ChangeExtension(Fixtures.FileName, ".pdb")));
        using (var assembly = AssemblyDefinition.ReadAssembly(input, new ReaderParameters { ReadSymbols = true }))
        {
            assembly.Write(output, new WriterParameters { WriteSymbols = true, SymbolWriterProvider = new EmbeddedPortablePdbWriterProvider() });
        }

        return output;
    }

    private static bool HasEmbeddedPdb(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.ReadDebugDirectory().Any(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    }
}
