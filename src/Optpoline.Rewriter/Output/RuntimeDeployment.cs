using System.Reflection;

namespace Optpoline.Rewriter.Output;

/// <summary>
/// Makes a folder with woven assemblies runnable: the Optpoline runtime is copied beside them and
/// every app in the folder (<c>*.deps.json</c>) is told about it.
/// </summary>
public static class RuntimeDeployment
{
    /// <summary>Deploys the runtime into <paramref name="folder"/>; returns what was done, for the summary.</summary>
    /// <exception cref="WeaveException">A file could not be written or a deps.json could not be read.</exception>
    public static IReadOnlyList<string> Deploy(string folder)
    {
        var done = new List<string>();
        var source = AssemblyWeaver.RuntimeAssemblyPath;
        var name = AssemblyName.GetAssemblyName(source);
        var target = Path.Combine(folder, Path.GetFileName(source));
        try
        {
            if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(source)))
            {
                AtomicFile.WriteAllBytes(target, File.ReadAllBytes(source));
                done.Add($"copied {Path.GetFileName(source)} to {folder}");
            }

            foreach (var deps in Directory.EnumerateFiles(folder, "*.deps.json"))
            {
                if (DepsJson.AddRuntime(deps, name.Name!, name.Version ?? new Version(1, 0, 0, 0)))
                {
                    done.Add($"added {name.Name} to {Path.GetFileName(deps)}");
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new WeaveException(WeaveError.Io, $"The Optpoline runtime could not be deployed to {folder}: {e.Message}", e);
        }

        return done;
    }
}
