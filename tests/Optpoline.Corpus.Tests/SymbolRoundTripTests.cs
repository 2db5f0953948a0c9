namespace Optpoline.Corpus.Tests;

/// <summary>The symbol check the corpus test applies to every woven assembly passes on intact symbols and fails on lost or foreign ones.</summary>
public sealed class SymbolRoundTripTests
{
    [Theory]
    [InlineData("Dapper.dll", nameof(SymbolKind.Embedded))]
    [InlineData("Polly.Core.dll", nameof(SymbolKind.Separate))]
    public void Check_AssemblyAgainstItself_FindsNothingWrong(string file, string symbols)
    {
        var kind = Enum.Parse<SymbolKind>(symbols);
        var path = Path.Combine(Corpus.Folder, file);
        Assert.Equal(kind, CorpusImage.Read(path).Symbols);

        Assert.Null(SymbolRoundTrip.Check(path, kind, path));
    }

    [Fact]
    public void Check_SeparatePdbMissing_SaysSymbolsWereLost()
    {
        using var folder = new TestFolder();
        var copy = Path.Combine(folder.Path, "Polly.Core.dll");
        File.Copy(Path.Combine(Corpus.Folder, "Polly.Core.dll"), copy);

        Assert.Contains("lost its separate symbols", SymbolRoundTrip.Check(Path.Combine(Corpus.Folder, "Polly.Core.dll"), SymbolKind.Separate, copy), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnotherAssemblysPdb_SaysTheIdsDiffer()
    {
        using var folder = new TestFolder();
        var copy = Path.Combine(folder.Path, "Polly.Core.dll");
        File.Copy(Path.Combine(Corpus.Folder, "Polly.Core.dll"), copy);
        File.Copy(Path.Combine(Corpus.Folder, "Polly.Extensions.pdb"), Path.ChangeExtension(copy, ".pdb"));

        Assert.Contains("is not the one the woven image names", SymbolRoundTrip.Check(Path.Combine(Corpus.Folder, "Polly.Core.dll"), SymbolKind.Separate, copy), StringComparison.Ordinal);
    }
}
