namespace Optpoline.Corpus.Tests;

/// <summary>One NuGet package of the corpus, as the corpus app's deps.json lists it.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The version that was restored.</param>
/// <param name="Direct">Referenced by the corpus app itself (otherwise brought in by another package).</param>
/// <param name="Assemblies">Its assemblies in the corpus folder (file names).</param>
internal sealed record CorpusPackage(string Id, string Version, bool Direct, IReadOnlyList<string> Assemblies)
{
    public override string ToString() => $"{Id} {Version}";
}
