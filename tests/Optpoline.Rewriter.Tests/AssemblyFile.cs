using Mono.Cecil;

namespace Optpoline.Rewriter.Tests;

/// <summary>What an assembly on disk says about itself, read without loading it.</summary>
internal static class AssemblyFile
{
    /// <summary>Whether the assembly carries <c>[assembly: OptpolineWoven]</c>.</summary>
    public static bool IsWoven(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { InMemory = true });
        return assembly.CustomAttributes.Any(a => a.AttributeType.Name == nameof(OptpolineWovenAttribute));
    }
}
