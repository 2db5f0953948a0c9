using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>Compiles generated sources in process with Roslyn (Release, portable PDB) against the running framework.</summary>
internal static class HierarchyCompiler
{
    // The framework's reference set is the same for every compilation; reading it costs more than compiling a batch.
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(() =>
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    });

    /// <summary>Compiles <paramref name="sources"/> (name, text) into <c>{folder}/{assemblyName}.dll</c> and its PDB; returns the dll's path.</summary>
    /// <exception cref="InvalidOperationException">The sources do not compile (a generator bug); the message lists the errors and where the sources were kept.</exception>
    public static string Compile(string assemblyName, IReadOnlyList<(string Name, string Text)> sources, string folder)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.Name + ".cs", encoding: System.Text.Encoding.UTF8)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, s_framework.Value, options);
        Directory.CreateDirectory(folder);
        var dll = Path.Combine(folder, assemblyName + ".dll");
        EmitResult result;
        using (var peStream = File.Create(dll))
        using (var pdbStream = File.Create(Path.ChangeExtension(dll, ".pdb")))
        {
            result = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        }

        if (!result.Success)
        {
            var kept = Keep(assemblyName, sources);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
            throw new InvalidOperationException($"Generated sources do not compile (kept in {kept}):\n{string.Join("\n", errors)}");
        }

        return dll;
    }

    /// <summary>Writes sources where they outlive the test, for a failure message to point at.</summary>
    public static string Keep(string assemblyName, IReadOnlyList<(string Name, string Text)> sources)
    {
        var folder = Path.Combine(Path.GetTempPath(), "optpoline-rewriter-diff", assemblyName);
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in sources)
        {
            File.WriteAllText(Path.Combine(folder, name + ".cs"), text);
        }

        return folder;
    }
}
