using System.Diagnostics;
using System.Globalization;
using Optpoline.Rewriter;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// Every assembly of every corpus package is woven; each woven assembly loads and every method of it
/// compiles (forced JIT) wherever the original's does, or the rewriter refuses the assembly for a
/// reason its headers show. Unset, <see cref="Corpus.Knob"/> selects the CI part; <c>all</c>, the corpus.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Packages() => Corpus.Selected();

    [Theory]
    [MemberData(nameof(Packages))]
    public void Weave_Package_EveryAssemblyLoadsAndCompilesLikeTheOriginal(string id)
    {
        var package = Corpus.Package(id);
        using var folder = new TestFolder();
        var problems = new List<string>();
        var woven = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var file in package.Assemblies)
        {
            var original = Path.Combine(Corpus.Folder, file);
            var target = Path.Combine(folder.Path, file);
            var input = original;
            var image = CorpusImage.Read(input);
            WeaveResult result;
            try
            {
                result = AssemblyWeaver.Weave(input, target, Corpus.WeaveOptions);
            }
            catch (WeaveException e)
            {
                problems.AddRange(Refused(image, e));
                continue;
            }

            problems.AddRange(Woven(image, input, target, result));
            woven.Add(file);
        }

        var weaving = clock.Elapsed;
        if (woven.Count > 0)
        {
            problems.AddRange(Compile(package, folder.Path, woven));
        }

        output.WriteLine($"{package}: woven in {weaving.TotalSeconds:F1} s, compiled twice in {(clock.Elapsed - weaving).TotalSeconds:F1} s");
        Assert.True(problems.Count == 0, $"{package}:\n" + string.Join("\n", problems));
    }

    /// <summary>A refusal is right only when the headers show why (ReadyToRun, mixed-mode), and it names the file.</summary>
    private IEnumerable<string> Refused(CorpusImage image, WeaveException e)
    {
        output.WriteLine($"{Describe(image)}: refused ({e.Error}): {e.Message}");
        if (image.ExpectedRefusal != e.Error)
        {
            yield return $"{image.FileName}: refused ({e.Error}): {e.Message}{(e.InnerException is { } inner ? $" [{inner.GetType().Name}: {inner.Message}]" : "")}";
        }
        else if (!e.Message.Contains(image.FileName, StringComparison.Ordinal))
        {
            yield return $"{image.FileName}: the refusal does not name the file: {e.Message}";
        }
    }

    private IEnumerable<string> Woven(CorpusImage image, string original, string target, WeaveResult result)
    {
        var skipped = string.Join(", ", result.Skipped.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value}"));
        output.WriteLine($"{Describe(image)}: {result.SitesRewritten} of {result.SitesFound} sites rewritten ({result.DelegateSitesRewritten} delegate, {result.ConstrainedSitesRewritten} constrained); skipped: {(skipped.Length == 0 ? "none" : skipped)}");
        if (image.ExpectedRefusal is { } refusal)
        {
            yield return $"{image.FileName}: woven, but it is a {refusal} image and must be refused";
        }

        if (result.SitesFound != result.SitesRewritten + result.Skipped.Values.Sum())
        {
            yield return $"{image.FileName}: {result.SitesFound} sites found, but {result.SitesRewritten} rewritten and {result.Skipped.Values.Sum()} skipped";
        }

        if (result.StrongNamed != image.StrongNamed)
        {
            yield return $"{image.FileName}: the result says strong-named = {result.StrongNamed}, the headers say {image.StrongNamed}";
        }

        if (result.SymbolsKept != (image.Symbols != SymbolKind.None))
        {
            yield return $"{image.FileName}: {image.Symbols} symbols, but the result says kept = {result.SymbolsKept}";
        }

        if (SymbolRoundTrip.Check(original, image.Symbols, target) is { } symbols)
        {
            yield return $"{image.FileName}: {symbols}";
        }
    }

    /// <summary>
    /// Loads the package's assemblies as built and as woven, each into a context of its own, forces
    /// every method through the JIT, and reports what fails only woven (and woven methods that went missing).
    /// </summary>
    private List<string> Compile(CorpusPackage package, string wovenFolder, List<string> wovenFiles)
    {
        var problems = new List<string>();
        var originalContext = new CorpusLoadContext($"corpus: {package.Id}", [Corpus.Folder, SharedFrameworks.AspNetCore]);
        var wovenContext = new CorpusLoadContext($"corpus woven: {package.Id}", [wovenFolder, Corpus.Folder, SharedFrameworks.AspNetCore]);
        try
        {
            foreach (var file in wovenFiles)
            {
                var before = ForcedJit.Run(originalContext.LoadFile(Path.Combine(Corpus.Folder, file)));
                var assembly = wovenContext.LoadFile(Path.Combine(wovenFolder, file));
                if (!assembly.GetCustomAttributesData().Any(a => a.AttributeType.FullName == typeof(OptpolineWovenAttribute).FullName))
                {
                    problems.Add($"{file}: the woven context loaded an assembly without [OptpolineWoven] ({assembly.Location})");
                }

                var after = ForcedJit.Run(assembly);
                var wovenOnly = after.Failures.Where(f => !before.Failures.ContainsKey(f.Key)).ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file}: JIT original {before.Prepared} compiled, {before.SkippedGeneric} generic skipped, {before.Failures.Count} failed; woven {after.Prepared} compiled, {after.SkippedGeneric} generic skipped, {after.Failures.Count} failed, {wovenOnly.Count} of them only woven"));
                foreach (var (method, why) in before.Failures.Take(5))
                {
                    output.WriteLine($"    fails as built too: {method}: {why}");
                }

                problems.AddRange(wovenOnly.Select(f => $"{file}: fails only woven: {f.Key}: {f.Value}"));
                if (after.Prepared < before.Prepared)
                {
                    problems.Add($"{file}: {before.Prepared} methods compiled as built, only {after.Prepared} woven");
                }
            }
        }
        finally
        {
            originalContext.Unload();
            wovenContext.Unload();
        }

        return problems;
    }

    private static string Describe(CorpusImage image) =>
        $"{image.FileName} [{image.TargetFramework ?? "?"}, {(image.StrongNamed ? "strong-named" : "not strong-named")}, {image.Symbols switch { SymbolKind.Embedded => "embedded PDB", SymbolKind.Separate => "separate PDB", _ => "no PDB" }}{(image.ReadyToRun ? ", ReadyToRun" : "")}]";
}
