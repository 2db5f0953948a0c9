using Optpoline.Rewriter;

namespace Optpoline.Evaluation;

/// <summary>Weaves the Jint benchmark's stock Jint into its <c>jint/woven</c> folder, as the benchmark's own conductor does.</summary>
internal static class JintPreparation
{
    public static WeaveResult Weave(ChildPaths paths)
    {
        var stock = Path.Combine(paths.JintFolder, "stock", "Jint.dll");
        var woven = Path.Combine(paths.JintFolder, "woven", "Jint.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(woven)!);

        // Jint's parser (Acornima) is beside the benchmark.
        return AssemblyWeaver.Weave(stock, woven, new WeaveOptions { ReferenceDirectories = [Path.GetDirectoryName(paths.JintBench)!] });
    }
}
