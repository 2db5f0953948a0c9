using System.Security;

namespace Optpoline.Rewriter.Tests;

/// <summary>
/// The product's three packages, packed once for <see cref="PackageTests"/> into a folder feed, and
/// apps that consume them as a user's project does. Packed from the tests' own build (<c>pack
/// --no-build</c>: the test project references the three projects, so they were built with it).
/// The apps restore into a packages folder of the feed's own (<c>NUGET_PACKAGES</c>), so that a
/// package of the same version restored earlier, from another build, is never the one tested; their
/// nuget.config maps the Optpoline packages to the feed and everything else to the machine's own
/// sources, so the feed's packages are never looked up elsewhere.
/// </summary>
public sealed class PackageFeed : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly TestFolder _folder = new();
    private readonly string[] _machineSources;

    public PackageFeed()
    {
        Directory.CreateDirectory(Feed);
        var repository = new DotnetCommand(SourceTree.Root);
        foreach (var project in (string[])["Optpoline", "Optpoline.Build", "Optpoline.Cli"])
        {
            repository.Run("pack", Path.Combine("src", project, project + ".csproj"), "-c", Configuration, "--no-build", "-o", Feed);
        }

        var build = Path.GetFileNameWithoutExtension(Directory.GetFiles(Feed, "Optpoline.Build.*.nupkg").Single());
        Version = build["Optpoline.Build.".Length..];

        // "E https://..." for each enabled source, as the configuration files above this folder say.
        _machineSources = new DotnetCommand(_folder.Path).Run("nuget", "list", "source", "--format", "short")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(fields => fields.Length == 2 && fields[0].StartsWith('E'))
            .Select(fields => fields[1])
            .ToArray();
    }

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed => _folder["feed"];

    /// <summary>The version of the three packages.</summary>
    public string Version { get; }

    /// <summary>The environment of every command run on an app: its own packages folder.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = _folder["packages"] };

    /// <summary>What the app prints, woven or not.</summary>
    public static string AppOutput => "Counter 1000\nSummer 499500\n";

    /// <summary>
    /// Writes an app into <paramref name="folder"/>: nuget.config, App.csproj with one package
    /// reference, Optpoline.Build, and a loop over a generic virtual call with two overrides.
    /// </summary>
    internal DotnetCommand WriteApp(TestFolder folder)
    {
        var sources = _machineSources.Select((source, i) => (Key: $"machine{i}", Value: source)).ToArray();
        File.WriteAllText(folder["nuget.config"], $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="optpoline" value="{SecurityElement.Escape(Feed)}" />
            {string.Concat(sources.Select(s => $"    <add key=\"{s.Key}\" value=\"{SecurityElement.Escape(s.Value)}\" />\n"))}  </packageSources>
              <packageSourceMapping>
                <packageSource key="optpoline">
                  <package pattern="Optpoline" />
                  <package pattern="Optpoline.*" />
                </packageSource>
            {string.Concat(sources.Select(s => $"    <packageSource key=\"{s.Key}\">\n      <package pattern=\"*\" />\n    </packageSource>\n"))}  </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(folder["App.csproj"], $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Optpoline.Build" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(folder["Program.cs"], """
            Visitor[] visitors = [new Counter(), new Summer()];
            var totals = new long[visitors.Length];
            for (var i = 0; i < 1000; i++)
            {
                for (var v = 0; v < visitors.Length; v++) totals[v] += visitors[v].Visit(i);
            }

            for (var v = 0; v < visitors.Length; v++) Console.WriteLine($"{visitors[v].GetType().Name} {totals[v]}");

            abstract class Visitor
            {
                public abstract long Visit<T>(T value);
            }

            sealed class Counter : Visitor
            {
                public override long Visit<T>(T value) => 1;
            }

            sealed class Summer : Visitor
            {
                public override long Visit<T>(T value) => value is int n ? n : 0;
            }
            """);
        return new DotnetCommand(folder.Path, Environment);
    }

    public void Dispose() => _folder.Dispose();
}
