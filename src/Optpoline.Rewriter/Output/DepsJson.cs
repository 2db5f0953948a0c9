using System.Text.Json;
using System.Text.Json.Nodes;

namespace Optpoline.Rewriter.Output;

/// <summary>
/// Adds the Optpoline runtime to an app's <c>*.deps.json</c>. The .NET host puts on the trusted
/// platform assemblies list only what deps.json names; a woven library's new reference to Optpoline
/// would not resolve otherwise, and the app would fail at its first woven call.
/// </summary>
internal static class DepsJson
{
    /// <summary>Returns true when the file was changed (written atomically), false when Optpoline was already listed.</summary>
    public static bool AddRuntime(string depsJsonPath, string assemblyName, Version assemblyVersion)
    {
        var root = JsonNode.Parse(File.ReadAllText(depsJsonPath)) as JsonObject
            ?? throw new InvalidDataException($"{depsJsonPath} is not a JSON object.");
        var targetName = root["runtimeTarget"]?["name"]?.GetValue<string>()
            ?? throw new InvalidDataException($"{depsJsonPath} has no runtimeTarget.");
        var target = root["targets"]?[targetName] as JsonObject
            ?? throw new InvalidDataException($"{depsJsonPath} has no target {targetName}.");
        var libraries = root["libraries"] as JsonObject
            ?? throw new InvalidDataException($"{depsJsonPath} has no libraries.");
        var fileName = assemblyName + ".dll";
        if (target.Any(entry => entry.Value?["runtime"]?[fileName] is not null))
        {
            return false;
        }

        var key = $"{assemblyName}/{assemblyVersion.ToString(3)}";
        target[key] = new JsonObject
        {
            ["runtime"] = new JsonObject
            {
                [fileName] = new JsonObject
                {
                    ["assemblyVersion"] = assemblyVersion.ToString(),
                    ["fileVersion"] = assemblyVersion.ToString(),
                },
            },
        };

        // "project": a library that ships in the app folder, with no package to verify.
        libraries[key] = new JsonObject
        {
            ["type"] = "project",
            ["serviceable"] = false,
            ["sha512"] = "",
        };

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        AtomicFile.WriteAllBytes(depsJsonPath, System.Text.Encoding.UTF8.GetBytes(text));
        return true;
    }
}
