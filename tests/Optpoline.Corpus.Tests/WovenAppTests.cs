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
            if (KnownFailures.Weave.ContainsKey(Path.GetFileName(file)) || KnownFailures.Run.ContainsKey(Path.GetFileName(file)))
            {
                continue; // Refused (a folder weave leaves the assembly as built), or known to crash the woven app.
            }

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

    [Theory]
    [MemberData(nameof(CrashingAssemblies))]
    public void Run_AppWithWovenRuntimeDependency_StillCrashes(string file)
    {
        // The app and the one assembly, woven; everything else as built.
        using var folder = new TestFolder();
        var app = Path.Combine(folder.Path, "app");
        CopyTree(Corpus.Folder, app);
        foreach (var name in new[] { Corpus.AppName + ".dll", file })
        {
            AssemblyWeaver.Weave(Path.Combine(app, name), Path.Combine(app, name), Corpus.WeaveOptions);
        }

        RuntimeDeployment.Deploy(app);

        var expected = Run(Path.Combine(Corpus.Folder, Corpus.AppName + ".dll"));
        var (exitCode, stdout, stderr) = DotnetProcess.Run([Path.Combine(app, Corpus.AppName + ".dll")], DotnetProcess.FastLearning, s_limit);
        output.WriteLine($"exit {exitCode}\n{stderr}");

        Assert.False(exitCode == 0 && stdout == expected.Output, $"{file} woven no longer crashes the app: remove it from KnownFailures.Run");
        Assert.NotEqual(0, exitCode);
        Assert.Contains(KnownFailures.Run[file], stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string> CrashingAssemblies() => [.. KnownFailures.Run.Keys.Order(StringComparer.Ordinal)];

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
