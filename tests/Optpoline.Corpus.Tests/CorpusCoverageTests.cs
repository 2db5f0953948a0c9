using Optpoline.Rewriter;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// What the corpus must hold for its test to mean something, and the two refusals an app folder of
/// these packages meets: a ReadyToRun build, and middleware woven without the ASP.NET Core framework.
/// </summary>
public sealed class CorpusCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_Assemblies_CoverEveryKindOfImage()
    {
        var images = Corpus.AssemblyPaths.Select(CorpusImage.Read).ToList();

        Assert.True(Corpus.Packages.Values.Count(p => p.Direct) >= 30, $"{Corpus.Packages.Values.Count(p => p.Direct)} packages referenced directly");
        Assert.Contains(images, i => i.Symbols == SymbolKind.Embedded);
        Assert.Contains(images, i => i.Symbols == SymbolKind.Separate);
        Assert.Contains(images, i => i.Symbols == SymbolKind.None);
        Assert.Contains(images, i => i.StrongNamed);
        Assert.Contains(images, i => !i.StrongNamed);
        Assert.Contains(images, i => i.TargetFramework?.StartsWith(".NETStandard", StringComparison.Ordinal) == true);
        Assert.Contains(images, i => i.TargetFramework?.StartsWith(".NETCoreApp", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Corpus_CiPart_CoversEverySymbolKind()
    {
        var images = Corpus.CiPackages.SelectMany(id => Corpus.Package(id).Assemblies).Select(a => CorpusImage.Read(Path.Combine(Corpus.Folder, a))).ToList();

        Assert.Equal([SymbolKind.None, SymbolKind.Embedded, SymbolKind.Separate], images.Select(i => i.Symbols).Distinct().Order());
        Assert.Contains(images, i => !i.StrongNamed);
    }

    [Fact]
    public void Weave_ReadyToRunBuildOfACorpusAssembly_IsRefusedAsReadyToRun()
    {
        // No package served here ships a ReadyToRun image; the ASP.NET Core framework's build of
        // Microsoft.Extensions.Logging (an assembly the corpus has as a package) is one, as every
        // assembly of a ReadyToRun publish is.
        var path = Path.Combine(SharedFrameworks.AspNetCore, "Microsoft.Extensions.Logging.dll");
        Assert.True(CorpusImage.Read(path).ReadyToRun);
        Assert.Contains("Microsoft.Extensions.Logging.dll", Corpus.Package("Microsoft.Extensions.Logging").Assemblies);
        using var folder = new TestFolder();
        var target = Path.Combine(folder.Path, "Microsoft.Extensions.Logging.dll");

        var e = Assert.Throws<WeaveException>(() => AssemblyWeaver.Weave(path, target, Corpus.WeaveOptions));
        output.WriteLine(e.Message);

        Assert.Equal(WeaveError.ReadyToRun, e.Error);
        Assert.Contains("Microsoft.Extensions.Logging.dll is a ReadyToRun image", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Weave_MiddlewareWithoutTheAspNetCoreFramework_IsRefusedNamingWhatIsMissing()
    {
        // The rewriter looks for dependencies beside the input, in --reference folders and in
        // Microsoft.NETCore.App: an ASP.NET Core middleware package needs Microsoft.AspNetCore.App named.
        var path = Path.Combine(Corpus.Folder, "Microsoft.AspNetCore.Authentication.JwtBearer.dll");
        using var folder = new TestFolder();
        var target = Path.Combine(folder.Path, "Microsoft.AspNetCore.Authentication.JwtBearer.dll");

        var e = Assert.Throws<WeaveException>(() => AssemblyWeaver.Weave(path, target));
        output.WriteLine(e.Message);

        Assert.Equal(WeaveError.MissingDependency, e.Error);
        Assert.Contains("Microsoft.AspNetCore.", e.Message, StringComparison.Ordinal);
        Assert.Contains("--reference", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
