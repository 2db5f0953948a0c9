using Optpoline.Rewriter;
using Optpoline.Rewriter.Output;
using Optpoline.Testing;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// The corpus app, woven whole as <c>optpoline weave</c> weaves an app folder, runs its packages
/// (serializers, parsers, loggers, containers, a retry pipeline, a mediator, validators, a mapper,
/// dynamic proxies, Rx, JWTs...) and prints what the app as built prints, while its sites learn and
/// are promoted under it.
/// </summary>
public sealed class WovenAppTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(120);

    [Fact]
    public void Run_WovenCorpusApp_PrintsWhatTheAppAsBuiltPrints()
    {
        using var folder = new TestFolder();
        var app = Path.Combine(folder.Path, "app");
        CopyTree(Corpus.Folder, app);
        var (woven, refused) = (0, new List<string>());
        foreach (var file in Directory.GetFiles(app, "*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                woven += AssemblyWeaver.Weave(file, file, Corpus.WeaveOptions with { SkipUnchanged = true }).OutputPath is null ? 0 : 1;
            }
            catch (WeaveException e)
            {
                refused.Add($"{Path.GetFileName(file)}: {e.Message}");
            }
        }

        RuntimeDeployment.Deploy(app);
        Assert.Empty(refused);
        Assert.True(woven > 60, $"{woven} assemblies woven");

        var expected = Run(Path.Combine(Corpus.Folder, Corpus.AppName + ".dll"));
        var actual = Run(Path.Combine(app, Corpus.AppName + ".dll"));
        output.WriteLine($"{woven} assemblies woven; {actual.Error.Trim()}");

        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal("", expected.Error);
        Assert.Matches(@"^optpoline: [1-9]\d* sites, [1-9]\d* promoted", actual.Error);
    }

    /// <summary>
    /// The runtime uses System.Diagnostics.DiagnosticSource for its meter while it starts; an app that
    /// ships a newer copy (Microsoft.Extensions.Logging.Abstractions 11 brings one) loads that copy, and
    /// when it is woven, its sites are made while the runtime is being made. That cycle used to throw
    /// from every woven holder's static constructor, and the app aborted at its first woven call.
    /// </summary>
    [Fact]
    public void Run_AppWithWovenRuntimeDependency_RunsAndPrintsTheSame()
    {
        const string dependency = "System.Diagnostics.DiagnosticSource.dll";
        using var folder = new TestFolder();
        var app = Path.Combine(folder.Path, "app");
        CopyTree(Corpus.Folder, app);
        Assert.True(File.Exists(Path.Combine(app, dependency)), $"the corpus app no longer ships {dependency}");
        foreach (var name in new[] { Corpus.AppName + ".dll", dependency })
        {
            AssemblyWeaver.Weave(Path.Combine(app, name), Path.Combine(app, name), Corpus.WeaveOptions);
        }

        RuntimeDeployment.Deploy(app);

        var expected = Run(Path.Combine(Corpus.Folder, Corpus.AppName + ".dll"));
        var actual = Run(Path.Combine(app, Corpus.AppName + ".dll"));

        Assert.Equal(expected.Output, actual.Output);
    }

    private static (string Output, string Error) Run(string appPath)
    {
        var (exitCode, stdout, stderr) = DotnetProcess.Run([appPath], DotnetProcess.FastLearning, s_limit);
        Assert.True(exitCode == 0, $"{appPath} exited with {exitCode}:\n{stdout}\n{stderr}");
        return (stdout, stderr);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
