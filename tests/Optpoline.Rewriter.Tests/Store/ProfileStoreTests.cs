using Optpoline.Cli.Store;
using Optpoline.Reporting;
using static Optpoline.Rewriter.Tests.Store.StoreSites;

namespace Optpoline.Rewriter.Tests.Store;

/// <summary>The profile store's file: first and later runs, a new build, a damaged, foreign or later-format file.</summary>
public sealed class ProfileStoreTests
{
    private static readonly WeaveResult[] s_weaving = [Weaving("Shop", BuildA)];

    [Fact]
    public void Save_FirstThenSecondRun_StoreReadsBackAsAProfileWithTwoRuns()
    {
        using var folder = new TestFolder();
        var store = ProfileStore.For(folder["app/Shop.dll"], folder["store"]);
        Assert.Null(store.Load(TextWriter.Null));

        var first = store.Save(Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_weaving, [], 512, TextWriter.Null);
        var second = ProfileStore.For(folder["app/Shop.dll"], folder["store"]).Save(Report(Site("Shop", BuildA, 2, 700, ("Node", 1.0))), s_weaving, [], 512, TextWriter.Null);

        Assert.Equal((1, 1), (first!.Run, first.NewSites));
        Assert.Equal((2, 2), (second!.Run, second.Sites));
        var stored = ProfileStore.For(folder["app/Shop.dll"], folder["store"]).Load(TextWriter.Null)!;
        Assert.Equal(2, stored.Ledger!.Runs);
        Assert.Equal("Shop", Assert.Single(stored.Weaving).AssemblyName);

        // The store is a report: 'weave --profile' and the runtime's reader take it as it is.
        Assert.Equal(2, SiteReport.FromJson(File.ReadAllText(store.FilePath)).Sites.Count);
        Assert.Equal(2, Baking.BakeProfile.Load(store.FilePath).Count);
    }

    [Fact]
    public void For_TwoApps_HaveStoresOfTheirOwnInOneFolder()
    {
        using var folder = new TestFolder();

        var one = ProfileStore.For(folder["one/App.dll"], folder["store"]);
        var other = ProfileStore.For(folder["other/App.dll"], folder["store"]);

        Assert.NotEqual(one.FilePath, other.FilePath);
        Assert.Equal(folder["store"], Path.GetDirectoryName(one.FilePath));
        Assert.StartsWith("App-", Path.GetFileName(one.FilePath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"takenAt\": ", "is not an Optpoline profile store")]
    [InlineData("[1, 2, 3]", "is not an Optpoline profile store")]
    [InlineData("{\"takenAt\":\"2026-01-01T00:00:00Z\",\"dynamicCodeSupported\":true,\"sites\":[]}", "not a profile store")]
    public void Load_DamagedOrForeignFile_IsSetAsideWithAMessageAndLearningStartsAgain(string content, string message)
    {
        using var folder = new TestFolder();
        var store = ProfileStore.For(folder["app/Shop.dll"], folder["store"]);
        Directory.CreateDirectory(folder["store"]);
        File.WriteAllText(store.FilePath, content);
        using var error = new StringWriter();

        Assert.Null(store.Load(error));
        var saved = store.Save(Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_weaving, [], 512, error);

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("moved to", error.ToString(), StringComparison.Ordinal);
        var aside = Assert.Single(Directory.GetFiles(folder["store"], "*.set-aside"));
        Assert.Equal(content, File.ReadAllText(aside));
        Assert.Equal(1, saved!.Run);
    }

    [Fact]
    public void Load_StoreOfAnotherApp_IsSetAside()
    {
        using var folder = new TestFolder();
        var store = ProfileStore.For(folder["app/Shop.dll"], folder["store"]);
        ProfileStore.For(folder["elsewhere/Shop.dll"], folder["store"]).Save(Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_weaving, [], 512, TextWriter.Null);
        var foreign = Directory.GetFiles(folder["store"], "*.json").Single();
        File.Copy(foreign, store.FilePath);
        using var error = new StringWriter();

        Assert.Null(store.Load(error));

        Assert.Contains("belongs to another app", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StoreOfALaterFormat_IsLeftAloneAndNotWritten()
    {
        using var folder = new TestFolder();
        var store = ProfileStore.For(folder["app/Shop.dll"], folder["store"]);
        store.Save(Report(Site("Shop", BuildA, 1, 1000, ("Circle", 1.0))), s_weaving, [], 512, TextWriter.Null);
        var later = File.ReadAllText(store.FilePath).Replace("\"format\": 1", "\"format\": 99", StringComparison.Ordinal);
        File.WriteAllText(store.FilePath, later);
        using var error = new StringWriter();

        var again = ProfileStore.For(folder["app/Shop.dll"], folder["store"]);
        Assert.Null(again.Load(error));
        Assert.Null(again.Save(Report(), s_weaving, [], 512, error));

        Assert.Contains("later Optpoline", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(later, File.ReadAllText(store.FilePath));
    }

    [Fact]
    public void Save_ManyWritersAtOnce_EveryRunLandsAndTheFileIsWhole()
    {
        using var folder = new TestFolder();
        const int Writers = 8;

        // Threads of one process take the same lock as processes do (the lock file is opened
        // exclusively); the end-to-end test in RunStoreTests does it with two processes.
        Parallel.For(0, Writers, i => ProfileStore.For(folder["app/Shop.dll"], folder["store"])
            .Save(Report(Site("Shop", BuildA, i, 1000, ("Circle", 1.0))), s_weaving, [], 512, TextWriter.Null));

        var stored = ProfileStore.For(folder["app/Shop.dll"], folder["store"]).Load(TextWriter.Null)!;
        Assert.Equal(Writers, stored.Ledger!.Runs);
        Assert.Equal(Writers, stored.Report.Sites.Count);
        Assert.Empty(Directory.GetFiles(folder["store"], "*.optpoline-tmp"));
    }

    private static WeaveResult Weaving(string assembly, Guid build) => new()
    {
        AssemblyName = assembly,
        ModuleVersionId = build,
        SitesFound = 10,
        SitesRewritten = 2,
        Skipped = new Dictionary<SkipReason, int> { [SkipReason.NotProfiled] = 8 },
        Mode = "every call, to learn",
    };
}
