using System.Reflection;

namespace Optpoline.Rewriter.Loading;

/// <summary>
/// The assemblies the running shared framework provides: the trusted platform assemblies that live
/// in the framework's own folder. The rest of the host's list (the <c>optpoline</c> command's own
/// dependencies) is not the framework: an app that ships another version of, say, Spectre.Console
/// must get its own.
/// </summary>
internal static class FrameworkAssemblies
{
    private static readonly Lazy<Dictionary<string, string>> s_byName = new(Collect);

    /// <summary>The framework's file for an assembly name, or null when the framework has none.</summary>
    public static string? PathOf(string simpleName) => s_byName.Value.GetValueOrDefault(simpleName);

    /// <summary>Whether <paramref name="appCopy"/> is a later version than the framework's <paramref name="frameworkCopy"/> (as the host decides for framework-dependent apps).</summary>
    public static bool IsNewer(string appCopy, string frameworkCopy)
    {
        try
        {
            return AssemblyName.GetAssemblyName(appCopy).Version > AssemblyName.GetAssemblyName(frameworkCopy).Version;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Dictionary<string, string> Collect()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
            {
                byName[Path.GetFileNameWithoutExtension(path)] = path;
            }
        }

        return byName;
    }
}
