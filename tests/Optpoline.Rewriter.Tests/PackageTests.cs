namespace Optpoline.Rewriter.Tests;

/// <summary>
/// The packages as a user meets them: one <c>PackageReference</c> to Optpoline.Build weaves an app at
/// build and publish and brings the runtime; the Optpoline.Cli tool package installs and runs, and
/// the profile it records is baked by the next build by convention.
/// </summary>
[Collection(ProjectBuilds.Name)]
public sealed class PackageTests(PackageFeed feed) : IClassFixture<PackageFeed>
{
    [Fact]
    public void Build_WithOnePackageReference_WeavesTheAppAndBringsTheRuntime()
    {
        using var folder = new TestFolder();
        var dotnet = feed.WriteApp(folder);
        var bin = Path.Combine(folder.Path, "bin", "Release", "net10.0");

        dotnet.Run("build", "-c", "Release", "-p:OptpolineWeave=false");
        Assert.False(AssemblyFile.IsWoven(Path.Combine(bin, "App.dll")));
        Assert.Equal(PackageFeed.AppOutput, dotnet.Run(Path.Combine(bin, "App.dll")));

        dotnet.Run("build", "-c", "Release");
        AssertWovenWithTheRuntime(dotnet, bin);
    }

    [Fact]
    public void Publish_WithOnePackageReference_PublishesTheWovenAppAndTheRuntime()
    {
        using var folder = new TestFolder();
        var dotnet = feed.WriteApp(folder);
        var published = folder["published"];

        dotnet.Run("publish", "-c", "Release", "-o", published);

        AssertWovenWithTheRuntime(dotnet, published);
    }

    [Fact]
    public void ToolInstall_OptpolineCli_RunsAndRecordsAProfileTheBuildBakesByConvention()
    {
        using var folder = new TestFolder();
        var dotnet = feed.WriteApp(folder);
        var tools = folder["tools"];
        var app = Path.Combine(folder.Path, "bin", "Release", "net10.0", "App.dll");

        // The app's nuget.config maps Optpoline.Cli to the feed (a source mapping rules out --add-source).
        dotnet.Run("tool", "install", "--tool-path", tools, "Optpoline.Cli", "--version", feed.Version);
        var optpoline = Path.Combine(tools, OperatingSystem.IsWindows() ? "optpoline.exe" : "optpoline");
        Assert.StartsWith(feed.Version + "+", dotnet.RunProgram(optpoline, "--version"), StringComparison.Ordinal);
        Assert.Contains("weave", dotnet.RunProgram(optpoline, "--help"), StringComparison.Ordinal);

        dotnet.Run("build", "-c", "Release");
        Assert.Equal(PackageFeed.AppOutput, dotnet.RunProgram(optpoline, "run", app, "--report", "optpoline.profile.json"));
        Assert.True(File.Exists(folder["optpoline.profile.json"]));

        var baked = dotnet.Run("build", "-c", "Release", "-v", "n");

        Assert.Contains($"--profile \"{folder["optpoline.profile.json"]}\"", baked, StringComparison.Ordinal);
        Assert.True(AssemblyFile.IsWoven(app));
        Assert.Equal(PackageFeed.AppOutput, dotnet.Run(app));
    }

    /// <summary>The app in <paramref name="folder"/> is woven, has the runtime beside it and in its deps.json, and prints what the plain app prints.</summary>
    private void AssertWovenWithTheRuntime(DotnetCommand dotnet, string folder)
    {
        Assert.True(AssemblyFile.IsWoven(Path.Combine(folder, "App.dll")));
        Assert.True(File.Exists(Path.Combine(folder, "Optpoline.dll")));
        Assert.Contains($"\"Optpoline/{feed.Version}\"", File.ReadAllText(Path.Combine(folder, "App.deps.json")), StringComparison.Ordinal);
        Assert.Equal(PackageFeed.AppOutput, dotnet.Run(Path.Combine(folder, "App.dll")));
    }
}
