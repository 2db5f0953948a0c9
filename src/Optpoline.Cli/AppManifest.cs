using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Inspection;
using Optpoline.Rewriter.Loading;

namespace Optpoline.Cli;

/// <summary>
/// What <c>optpoline run</c> needs to know about an app before loading it: that its main assembly
/// is a .NET executable, and what its <c>runtimeconfig.json</c> asks of the host (frameworks, and the
/// <c>configProperties</c> the host would have published through <see cref="AppContext"/>).
/// </summary>
internal sealed record AppManifest(string Path, IReadOnlyList<(string Name, Version? Version)> Frameworks, IReadOnlyDictionary<string, string> Properties)
{
    public const string NetCoreApp = SharedFramework.NetCoreApp;

    /// <summary>Reads and checks <paramref name="path"/>; a refusal is a <see cref="WeaveException"/> (exit code 3) or a <see cref="UsageException"/>.</summary>
    public static AppManifest Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{path} is a folder; give the app's main assembly (app.dll).");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such file.");
        }

        var name = System.IO.Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        try
        {
            ImageInspector.Inspect(path, bytes);
        }
        catch (WeaveException e) when (e.Error is WeaveError.ReadyToRun or WeaveError.MixedMode)
        {
            // Runnable, just not rewritable: the load context loads such an assembly as it is.
        }

        using (var pe = new PEReader(new MemoryStream(bytes, writable: false)))
        {
            if (pe.PEHeaders.CorHeader!.EntryPointTokenOrRelativeVirtualAddress == 0)
            {
                throw new WeaveException(WeaveError.NotAnAssembly, $"{name} is a library, not an app: it has no entry point (Main). Give the app's main assembly, the one 'dotnet app.dll' runs.");
            }
        }

        var (frameworks, properties) = ReadRuntimeConfig(System.IO.Path.ChangeExtension(path, ".runtimeconfig.json"));
        return new AppManifest(path, frameworks, properties);
    }

    /// <summary>
    /// The shared frameworks the app runs on (<see cref="NetCoreApp"/>, the running one, and any other
    /// it asks for, such as <c>Microsoft.AspNetCore.App</c>), or why this process cannot host it.
    /// </summary>
    public (IReadOnlyList<SharedFramework> Frameworks, string? Unsupported) Resolve(Version running)
    {
        var name = System.IO.Path.GetFileName(Path);
        var resolved = new List<SharedFramework>();
        foreach (var (framework, version) in Frameworks)
        {
            if (version is not null && version.Major > running.Major)
            {
                return ([], $"{name} targets {framework} {version.ToString(2)}, later than the {NetCoreApp} {running.ToString(3)} that 'optpoline run' runs on.");
            }

            if (SharedFramework.Find(framework) is not { } found)
            {
                return ([], $"{name} uses the shared framework {framework}{(version is null ? "" : " " + version.ToString(2))}, which is not installed beside the {NetCoreApp} {running.ToString(3)} that 'optpoline run' runs on (see 'dotnet --list-runtimes').");
            }

            resolved.Add(found);
        }

        return (resolved, null);
    }

    /// <summary>The frameworks and properties of a <c>runtimeconfig.json</c> (none when there is no file); invalid JSON is a <see cref="WeaveException"/>.</summary>
    public static (List<(string Name, Version? Version)> Frameworks, Dictionary<string, string> Properties) ReadRuntimeConfig(string path)
    {
        var frameworks = new List<(string, Version?)>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return (frameworks, properties);
        }

        JsonNode? options;
        try
        {
            options = JsonNode.Parse(File.ReadAllText(path))?["runtimeOptions"];
        }
        catch (JsonException e)
        {
            throw new WeaveException(WeaveError.Corrupt, $"{System.IO.Path.GetFileName(path)} is not valid JSON: {e.Message}", e);
        }

        var single = options?["framework"] is JsonObject one ? new[] { one } : [];
        var listed = (options?["frameworks"] as JsonArray ?? options?["includedFrameworks"] as JsonArray ?? []).OfType<JsonObject>();
        foreach (var framework in single.Concat(listed))
        {
            if (framework["name"]?.GetValue<string>() is { } name)
            {
                var version = framework["version"]?.GetValue<string>() is { } v && Version.TryParse(v.Split('-')[0], out var parsed) ? parsed : null;
                frameworks.Add((name, version));
            }
        }

        if (options?["configProperties"] is JsonObject config)
        {
            foreach (var (key, value) in config)
            {
                // The host hands every property to the runtime as a string; AppContext switches parse "true"/"false".
                if (value is JsonValue scalar)
                {
                    properties[key] = scalar.GetValueKind() switch
                    {
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        JsonValueKind.String => scalar.GetValue<string>(),
                        _ => scalar.ToJsonString(),
                    };
                }
            }
        }

        return (frameworks, properties);
    }
}
