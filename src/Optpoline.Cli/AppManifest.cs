using System.Globalization;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Inspection;

namespace Optpoline.Cli;

/// <summary>
/// What <c>optpoline run</c> needs to know about an app before loading it: that its main assembly
/// is a .NET executable, and what its <c>runtimeconfig.json</c> asks of the host (frameworks, and the
/// <c>configProperties</c> the host would have published through <see cref="AppContext"/>).
/// </summary>
internal sealed record AppManifest(string Path, IReadOnlyList<(string Name, Version? Version)> Frameworks, IReadOnlyDictionary<string, string> Properties)
{
    public const string NetCoreApp = "Microsoft.NETCore.App";

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

    /// <summary>Why the running host cannot host this app, or null when it can.</summary>
    public string? Unsupported(Version running)
    {
        var c = CultureInfo.InvariantCulture;
        var name = System.IO.Path.GetFileName(Path);
        foreach (var (framework, version) in Frameworks)
        {
            if (!string.Equals(framework, NetCoreApp, StringComparison.OrdinalIgnoreCase))
            {
                return $"{name} uses the shared framework {framework}, which 'optpoline run' does not host (it runs apps of {NetCoreApp} only). Weave the app's folder instead: 'optpoline weave <app folder> -o <woven folder>', then 'dotnet <woven folder>/{name}'.";
            }

            if (version is not null && version.Major > running.Major)
            {
                return $"{name} targets {NetCoreApp} {version.ToString(2)}, later than the {running.ToString(3)} that 'optpoline run' runs on.";
            }
        }

        return null;
    }

    private static (List<(string, Version?)>, Dictionary<string, string>) ReadRuntimeConfig(string path)
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
