using System.Security.Cryptography;

namespace Optpoline.Rewriter.Tests;

/// <summary>A bad <c>--profile</c> is refused before anything is woven: its message, its exit code, and no output.</summary>
public sealed class ProfileInputTests
{
    [Fact]
    public void Weave_ProfileThatIsNotAReport_IsRefusedWithExitCode7()
    {
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName), "in");
        var profile = folder["profile.json"];
        File.WriteAllText(profile, "{ \"this is\": [ \"not a report\"");
        var before = SHA256.HashData(File.ReadAllBytes(input));

        var run = CliRun.Of("weave", input, "-o", folder["out/woven.dll"], "--profile", profile);

        Assert.Equal(7, run.ExitCode);
        Assert.Contains("is not an Optpoline report", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void Weave_MissingProfile_IsAUsageError()
    {
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName), "in");

        var run = CliRun.Of("weave", input, "-o", folder["out/woven.dll"], "--profile", folder["nowhere.json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--profile", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void Weave_MaxGuardsOutOfRange_IsAUsageError()
    {
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName), "in");

        var run = CliRun.Of("weave", input, "-o", folder["out/woven.dll"], "--max-guards", "9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-guards", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--profile", "p.json", "--store", "s", "--profile replaces the profile store")]
    [InlineData("--profile", "p.json", "--no-store", "", "--profile replaces the profile store")]
    [InlineData("--store", "s", "--no-store", "", "--store and --no-store cannot be used together")]
    [InlineData("--explore", "65", "", "", "--explore must be 0 to 64")]
    public void Run_ConflictingStoreOptions_AreAUsageError(string first, string firstValue, string second, string secondValue, string message)
    {
        using var folder = new TestFolder();
        File.WriteAllText(folder["p.json"], "{}");
        string[] args = ["run", "app.dll", first, first == "--profile" ? folder[firstValue] : firstValue, second, secondValue];

        var run = CliRun.Of([.. args.Where(a => a.Length > 0)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Weave_ProfileOfOtherSites_WeavesAsWithoutOne()
    {
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName), "in");
        var profile = folder["profile.json"];
        File.WriteAllText(profile, new Reporting.SiteReport { TakenAt = DateTimeOffset.UnixEpoch, DynamicCodeSupported = true, Sites = [] }.ToJson());

        var run = CliRun.Of("weave", input, "-o", folder["out/woven.dll"], "--profile", profile);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(folder["out/woven.dll"]));
    }
}
