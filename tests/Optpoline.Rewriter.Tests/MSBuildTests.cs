namespace Optpoline.Rewriter.Tests;

/// <summary>
/// <c>&lt;OptpolineWeave&gt;true&lt;/OptpolineWeave&gt;</c> with Optpoline.Build.targets imported from the
/// source tree: the build weaves the project's output, incrementally. (The packaged form: <see cref="PackageTests"/>.)
/// </summary>
[Collection(ProjectBuilds.Name)]
public sealed class MSBuildTests
{
    [Fact]
    public void Build_WithOptpolineWeave_WeavesOnceAndAgainOnlyWhenTheCodeChanges()
    {
        using var folder = new TestFolder();
        var dotnet = new DotnetCommand(folder.Path);
        WriteProject(folder, profile: null);
        File.WriteAllText(folder["Program.cs"], "object[] xs = [\"a\", 1, 2.5];\nforeach (var x in xs) Console.WriteLine(x.ToString());\n");
        var output = Path.Combine(folder.Path, "bin", "Debug", "net10.0", "Sample.dll");

        var first = dotnet.Run("build", "-v", "n");
        Assert.Contains("--in-place", first, StringComparison.Ordinal);
        Assert.True(AssemblyFile.IsWoven(output));
        Assert.Equal("a\n1\n2.5\n", dotnet.Run(output));

        var second = dotnet.Run("build", "-v", "n");
        Assert.Contains("Skipping target \"OptpolineWeave\"", second, StringComparison.Ordinal);

        File.AppendAllText(folder["Program.cs"], "Console.WriteLine(xs.Length.ToString());\n");
        var third = dotnet.Run("build", "-v", "n");
        Assert.Contains("--in-place", third, StringComparison.Ordinal);
        Assert.True(AssemblyFile.IsWoven(output));
        Assert.Equal("a\n1\n2.5\n3\n", dotnet.Run(output));
    }

    [Fact]
    public void Build_WhenOptpolineWeaveArgumentsChange_RecompilesAndWeavesWithThem()
    {
        using var folder = new TestFolder();
        var dotnet = new DotnetCommand(folder.Path);
        WriteProject(folder, profile: null);
        File.WriteAllText(folder["Program.cs"], "object[] xs = [\"a\", 1];\nforeach (var x in xs) Console.WriteLine(x.ToString());\n");
        var output = Path.Combine(folder.Path, "bin", "Debug", "net10.0", "Sample.dll");
        dotnet.Run("build", "-v", "n");

        // Nothing but the arguments changed: the woven assembly in obj/ must not be reused.
        var again = dotnet.Run("build", "-v", "n", "-p:OptpolineWeaveArguments=--include Sample");

        Assert.DoesNotContain("Skipping target \"OptpolineWeave\"", again, StringComparison.Ordinal);
        Assert.Contains("--in-place", again, StringComparison.Ordinal);
        Assert.Contains("--include Sample", again, StringComparison.Ordinal);
        Assert.True(AssemblyFile.IsWoven(output));
        Assert.Equal("a\n1\n", dotnet.Run(output));
    }

    [Fact]
    public void Build_WithOptpolineProfile_RecompilesAndBakesTheProfiledSites()
    {
        using var folder = new TestFolder();
        var dotnet = new DotnetCommand(folder.Path);
        WriteProject(folder, profile: null);
        File.WriteAllText(folder["Program.cs"], """
            object[] xs = ["a", 1, 2.5];
            var length = 0L;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 1500) { foreach (var x in xs) length += x.ToString()!.Length; }
            if (args.Length > 0) File.WriteAllText(args[0], Optpoline.OptpolineRuntime.Report().ToJson());
            Console.WriteLine(length > 0 ? "done" : "none");
            """);
        var output = Path.Combine(folder.Path, "bin", "Debug", "net10.0", "Sample.dll");
        // The recording build weaves every call (--all): by default, without a profile, only generic virtual calls are.
        dotnet.Run("build", "-v", "n", "-p:OptpolineWeaveArguments=--all");
        Assert.Equal("done\n", dotnet.Run(output, folder["profile.json"]));

        // A relative path, resolved against the project; the profile alone changed, so only it can trigger the re-weave.
        WriteProject(folder, profile: "profile.json");
        var baked = dotnet.Run("build", "-v", "n");

        Assert.Contains("--profile", baked, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* sites, [1-9]\d* guards", baked);
        Assert.Equal("done\n", dotnet.Run(output));
    }

    private static void WriteProject(TestFolder folder, string? profile)
    {
        var bin = AppContext.BaseDirectory;
        File.WriteAllText(folder["Sample.csproj"], $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <ImplicitUsings>enable</ImplicitUsings>
                <OptpolineWeave>true</OptpolineWeave>
                <OptpolineProfile>{profile}</OptpolineProfile>
                <OptpolineCommand>dotnet "{Path.Combine(bin, "Optpoline.Cli.dll")}"</OptpolineCommand>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Optpoline" HintPath="{Path.Combine(bin, "Optpoline.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(SourceTree.Root, "src", "Optpoline.Build", "build", "Optpoline.Build.targets")}" />
            </Project>
            """);
    }
}
