using Optpoline.Rewriter;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Benchmarks.Baking;

/// <summary>
/// The <c>Optpoline.Benchmarks.Sites</c> assembly as the compiler built it (copied next to the
/// benchmarks), and the woven and baked builds made from it with the real rewriter, each written
/// into a folder of its own.
/// </summary>
internal sealed class SitesLibrary : IDisposable
{
    public const string Namespace = "Optpoline.Benchmarks.Sites";

    private const string FileName = Namespace + ".dll";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "optpoline-baked-bench", $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>The original build, beside the benchmarks (where its dependencies are).</summary>
    public static string OriginalPath => Path.Combine(AppContext.BaseDirectory, FileName);

    public SitesBuild LoadOriginal() => SitesBuild.Load("plain", OriginalPath);

    /// <summary>Weaves the original without a profile and loads the result.</summary>
    public SitesBuild LoadWoven(string name) => SitesBuild.Load(name, Weave(name, null).OutputPath!);

    /// <summary>Weaves the original with <paramref name="profile"/> and loads the result.</summary>
    public (SitesBuild Build, WeaveResult Result) LoadBaked(string name, BakeProfile profile)
    {
        var result = Weave(name, profile);
        return (SitesBuild.Load(name, result.OutputPath!), result);
    }

    private WeaveResult Weave(string name, BakeProfile? profile)
    {
        var output = Path.Combine(_folder, name, FileName);
        var result = AssemblyWeaver.Weave(OriginalPath, output, new WeaveOptions { Profile = profile });
        if (result.SitesRewritten == 0 || result.OutputPath is null)
        {
            throw new InvalidOperationException($"Weaving {FileName} ({name}) rewrote no site.");
        }

        return result;
    }

    /// <summary>Removes the woven files (loaded assemblies stay mapped; Linux lets the files go).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
