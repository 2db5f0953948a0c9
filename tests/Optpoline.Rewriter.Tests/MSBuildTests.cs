using System.Diagnostics;
using Mono.Cecil;

namespace Optpoline.Rewriter.Tests;

/// <summary><c>&lt;OptpolineWeave&gt;true&lt;/OptpolineWeave&gt;</c>: the build weaves the project's output, incrementally.</summary>
public sealed class MSBuildTests
{
    [Fact]
    public void Build_WithOptpolineWeave_WeavesOnceAndAgainOnlyWhenTheCodeChanges()
    {
        using var folder = new TestFolder();
        var bin = AppContext.BaseDirectory;
        WriteProject(folder, bin, profile: null);
        File.WriteAllText(folder["Program.cs"], "object[] xs = [\"a\", 1, 2.5];\nforeach (var x in xs) Console.WriteLine(x.ToString());\n");
        var output = Path.Combine(folder.Path, "bin", "Debug", "net10.0", "Sample.dll");

        var first = Dotnet(folder.Path, "build", "-v", "n");
        Assert.Contains("--in-place", first, StringComparison.Ordinal);
        Assert.True(IsWoven(output));
        Assert.Equal("a\n1\n2.5\n", Dotnet(folder.Path, output));

        var second = Dotnet(folder.Path, "build", "-v", "n");
        Assert.Contains("Skipping target \"OptpolineWeave\"", second, StringComparison.Ordinal);

        File.AppendAllText(folder["Program.cs"], "Console.WriteLine(xs.Length.ToString());\n");
        var third = Dotnet(folder.Path, "build", "-v", "n");
        Assert.Contains("--in-place", third, StringComparison.Ordinal);
        Assert.True(IsWoven(output));
        Assert.Equal("a\n1\n2.5\n3\n", Dotnet(folder.Path, output));
    }

    [Fact]
    public void Build_WithOptpolineProfile_RecompilesAndBakesTheProfiledSites()
    {
        using var folder = new TestFolder();
        var bin = AppContext.BaseDirectory;
        WriteProject(folder, bin, profile: null);
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
        Dotnet(folder.Path, "build", "-v", "n", "-p:OptpolineWeaveArguments=--all");
        Assert.Equal("done\n", Dotnet(folder.Path, output, folder["profile.json"]));

        // A relative path, resolved against the project; the profile alone changed, so only it can trigger the re-weave.
        WriteProject(folder, bin, profile: "profile.json");
        var baked = Dotnet(folder.Path, "build", "-v", "n");

        Assert.Contains("--profile", baked, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* sites, [1-9]\d* guards", baked);
        Assert.Equal("done\n", Dotnet(folder.Path, output));
    }

    private static void WriteProject(TestFolder folder, string bin, string? profile) =>
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
              <Import Project="{Path.Combine(RepositoryRoot(), "src", "Optpoline.Cli", "build", "Optpoline.Weave.targets")}" />
            </Project>
            """);

    private static bool IsWoven(string path)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { InMemory = true });
        return assembly.CustomAttributes.Any(a => a.AttributeType.Name == "OptpolineWovenAttribute");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Optpoline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Optpoline.slnx not found above the test output.");
    }

    private static string Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "dotnet did not exit");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)}: exit {process.ExitCode}\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
