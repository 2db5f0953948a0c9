namespace Optpoline.Corpus.Tests;

/// <summary>Where the running .NET's shared frameworks are.</summary>
internal static class SharedFrameworks
{
    /// <summary>Microsoft.NETCore.App, the framework the tests run on.</summary>
    public static string NetCore => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>
    /// Microsoft.AspNetCore.App of the same version (else the newest of the same major version). The
    /// middleware packages are built against it; an ASP.NET Core app's host loads it beside NETCore.App.
    /// </summary>
    public static string AspNetCore
    {
        get
        {
            var root = Path.Combine(NetCore, "..", "..", "Microsoft.AspNetCore.App");
            var same = Path.Combine(root, Environment.Version.ToString());
            if (Directory.Exists(same))
            {
                return Path.GetFullPath(same);
            }

            var newest = Directory.Exists(root)
                ? Directory.EnumerateDirectories(root)
                    .Select(d => (Path: d, Version: Version.TryParse(Path.GetFileName(d), out var v) ? v : null))
                    .Where(d => d.Version?.Major == Environment.Version.Major)
                    .MaxBy(d => d.Version)
                    .Path
                : null;
            return newest is null
                ? throw new InvalidOperationException($"The ASP.NET Core shared framework {Environment.Version.Major}.x is not installed beside {NetCore}; the corpus's middleware packages need it.")
                : Path.GetFullPath(newest);
        }
    }
}
