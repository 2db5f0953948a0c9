using System.Text.Json;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// The corpus: the build output of Optpoline.Corpus.Packages (an app that references popular NuGet
/// packages), copied to <c>corpus/</c> beside the tests. Which package each assembly belongs to is
/// read from the app's deps.json, so transitive packages (Microsoft.IdentityModel.*, the Serilog
/// sinks that Serilog.AspNetCore brings) are part of the corpus too.
/// </summary>
internal static class Corpus
{
    /// <summary>Set to <c>all</c> for the whole corpus, or to package ids separated by commas; unset, the CI part runs.</summary>
    public const string Knob = "OPTPOLINE_CORPUS";

    /// <summary>
    /// The CI part: a package or two of each kind, about half a minute on two cores, covering embedded
    /// PDBs (Dapper, FluentValidation, MessagePack), separate PDBs (Polly.Core, NodaTime), none
    /// (Serilog, Newtonsoft.Json, Markdig), strong-named and not, netstandard2.0 (MediatR) and
    /// ASP.NET Core middleware (JwtBearer, which needs the ASP.NET Core shared framework to be woven).
    /// </summary>
    public static readonly IReadOnlyList<string> CiPackages =
    [
        "Serilog",
        "Microsoft.Extensions.DependencyInjection",
        "Autofac",
        "Newtonsoft.Json",
        "MessagePack",
        "Polly.Core",
        "MediatR",
        "FluentValidation",
        "Mapster",
        "Markdig",
        "NodaTime",
        "Dapper",
        "Microsoft.AspNetCore.Authentication.JwtBearer",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, CorpusPackage>> s_packages = new(ReadDepsJson);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>The corpus app's own name: its assembly is not part of the corpus.</summary>
    public const string AppName = "Optpoline.Corpus.Packages";

    public static IReadOnlyDictionary<string, CorpusPackage> Packages => s_packages.Value;

    public static CorpusPackage Package(string id) =>
        Packages.TryGetValue(id, out var package) ? package : throw new InvalidOperationException($"{id} is not in the corpus ({Path.Combine(Folder, AppName + ".deps.json")}).");

    /// <summary>Every assembly of the corpus, as paths.</summary>
    public static IEnumerable<string> AssemblyPaths => Packages.Values.SelectMany(p => p.Assemblies).Select(a => Path.Combine(Folder, a));

    /// <summary>The packages this run weaves: the CI part, or what <see cref="Knob"/> asks for.</summary>
    public static TheoryData<string> Selected()
    {
        var knob = Environment.GetEnvironmentVariable(Knob);
        IEnumerable<string> ids = string.IsNullOrWhiteSpace(knob) ? CiPackages
            : knob.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) ? Packages.Keys.Order(StringComparer.Ordinal)
            : knob.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var data = new TheoryData<string>();
        foreach (var id in ids)
        {
            data.Add(id);
        }

        return data;
    }

    /// <summary>
    /// How the corpus is woven: as <c>optpoline weave -r &lt;ASP.NET Core shared framework&gt;</c> weaves the app
    /// (the corpus folder is named too, for copies woven from elsewhere).
    /// </summary>
    public static Rewriter.WeaveOptions WeaveOptions => new() { ReferenceDirectories = [Folder, SharedFrameworks.AspNetCore] };

    private static Dictionary<string, CorpusPackage> ReadDepsJson()
    {
        var path = Path.Combine(Folder, AppName + ".deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllText(path));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value;
        var app = target.EnumerateObject().Single(e => e.Name.StartsWith(AppName + "/", StringComparison.Ordinal)).Value;
        var direct = app.TryGetProperty("dependencies", out var d) ? d.EnumerateObject().Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var libraries = deps.RootElement.GetProperty("libraries");
        var packages = new Dictionary<string, CorpusPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in target.EnumerateObject())
        {
            if (libraries.GetProperty(library.Name).GetProperty("type").GetString() != "package" || !library.Value.TryGetProperty("runtime", out var runtime))
            {
                continue;
            }

            // Only the assemblies the app folder has (a package's copy older than the framework's is not copied).
            var assemblies = runtime.EnumerateObject()
                .Select(asset => Path.GetFileName(asset.Name))
                .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(Path.Combine(Folder, file)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (assemblies.Count == 0)
            {
                continue;
            }

            var (id, version) = (library.Name[..library.Name.IndexOf('/', StringComparison.Ordinal)], library.Name[(library.Name.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            packages[id] = new CorpusPackage(id, version, direct.Contains(id), assemblies);
        }

        return packages;
    }
}
