namespace Optpoline.Rewriter.Loading;

/// <summary>
/// A shared framework installed beside the running one, such as <c>Microsoft.AspNetCore.App</c>: the
/// folder its assemblies are loaded from when an app's <c>runtimeconfig.json</c> asks for it.
/// </summary>
/// <remarks>
/// A framework of major version N is built against <c>Microsoft.NETCore.App</c> N and is loaded
/// beside it, so the version chosen is the one that matches the runtime already running this
/// process: its major and minor version, latest patch (the host's own default, <c>LatestPatch</c>
/// within the minor version), else the latest of its major version. An app built for an earlier
/// version gets the running one, as its <c>Microsoft.NETCore.App</c> does under <c>optpoline run</c>.
/// </remarks>
/// <param name="Name">The framework's name, as <c>runtimeconfig.json</c> gives it.</param>
/// <param name="Version">The installed version chosen.</param>
/// <param name="Folder">The folder holding its assemblies.</param>
public sealed record SharedFramework(string Name, Version Version, string Folder)
{
    /// <summary>The framework every app runs on, the one running this process.</summary>
    public const string NetCoreApp = "Microsoft.NETCore.App";

    /// <summary>The running <see cref="NetCoreApp"/>'s folder.</summary>
    public static string RunningFolder => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>
    /// The installed version of <paramref name="name"/> to load beside the running runtime, or null when
    /// none of its major version is installed (or, for <paramref name="requested"/>, none late enough).
    /// </summary>
    public static SharedFramework? Find(string name, Version? requested = null)
    {
        var running = Environment.Version;
        if (string.Equals(name, NetCoreApp, StringComparison.OrdinalIgnoreCase))
        {
            return new SharedFramework(NetCoreApp, running, RunningFolder);
        }

        // shared/Microsoft.NETCore.App/<version>/ -> shared/<name>/<version>/
        var root = Path.GetFullPath(Path.Combine(RunningFolder, "..", "..", name));
        if (!Directory.Exists(root))
        {
            return null;
        }

        var chosen = Directory.EnumerateDirectories(root)
            .Select(folder => new SharedFramework(name, ParseVersion(Path.GetFileName(folder)) ?? new Version(0, 0), folder))
            .Where(candidate => candidate.Version.Major == running.Major && (requested is null || candidate.Version >= requested))
            .OrderByDescending(candidate => candidate.Version.Minor == running.Minor)
            .ThenByDescending(candidate => candidate.Version)
            .FirstOrDefault();
        return chosen;
    }

    /// <summary>Every assembly of the framework, by simple name.</summary>
    public IReadOnlyDictionary<string, string> Assemblies() =>
        Directory.EnumerateFiles(Folder, "*.dll")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => path, StringComparer.OrdinalIgnoreCase);

    /// <summary>The numeric part of a version folder's name ("10.0.0-rc.1.25451.107" is 10.0.0).</summary>
    private static Version? ParseVersion(string text)
    {
        var numeric = text.Split('-', '+')[0];
        return Version.TryParse(numeric, out var version) && numeric.Count(c => c == '.') >= 1
            ? new Version(version.Major, version.Minor, Math.Max(version.Build, 0))
            : null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} {Version.ToString(3)}";
}
