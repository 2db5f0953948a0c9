namespace Optpoline.Rewriter.Tests;

/// <summary>Where the fixtures' build is, and a woven copy of it in a temporary folder.</summary>
internal static class Fixtures
{
    public const string FileName = "Optpoline.Rewriter.Fixtures.dll";

    public static string OriginalPath => Path.Combine(AppContext.BaseDirectory, "fixtures", FileName);

    /// <summary>Copies the fixtures (with PDB) into <paramref name="folder"/> and weaves the copy into <c>woven/</c>.</summary>
    public static (string Original, string Woven, WeaveResult Result) Weave(TestFolder folder)
    {
        var original = folder.Copy(Path.Combine("fixtures", FileName), "original");
        folder.Copy(Path.Combine("fixtures", Path.ChangeExtension(FileName, ".pdb")), "original");
        var woven = Path.Combine(folder.Path, "woven", FileName);
        var result = AssemblyWeaver.Weave(original, woven);
        return (original, woven, result);
    }
}
