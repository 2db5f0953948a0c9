using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace Optpoline.Rewriter.Tests;

/// <summary>Each bad input gets its message and exit code, and is byte-identical afterwards; no output appears.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Weave_TextFile_IsNotAnAssembly()
    {
        using var folder = new TestFolder();
        var input = folder["notes.dll"];
        File.WriteAllText(input, "these are not the bytes you are looking for");

        AssertRefused(folder, input, 3, "is not a .NET assembly");
    }

    [Fact]
    public void Weave_TruncatedAssembly_IsRefusedAsTruncated()
    {
        using var folder = new TestFolder();
        var input = folder["Truncated.dll"];
        File.WriteAllBytes(input, File.ReadAllBytes(Fixtures.OriginalPath)[..4000]);

        AssertRefused(folder, input, 3, "is truncated");
    }

    [Fact]
    public void Weave_ReadyToRunImage_IsRefused()
    {
        // The shared framework's own assemblies are ReadyToRun images.
        using var folder = new TestFolder();
        var input = folder["System.Collections.dll"];
        File.Copy(typeof(LinkedList<>).Assembly.Location, input);
        using (var pe = new PEReader(File.OpenRead(input)))
        {
            Assert.NotEqual(0, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        }

        AssertRefused(folder, input, 3, "is a ReadyToRun image");
    }

    [Fact]
    public void Weave_MixedModeImage_IsRefused()
    {
        // No C++/CLI compiler here: clear the ILOnly flag of a copy, which is what marks mixed-mode images.
        using var folder = new TestFolder();
        var input = folder["Mixed.dll"];
        var bytes = File.ReadAllBytes(Fixtures.OriginalPath);
        int flagsOffset;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            flagsOffset = pe.PEHeaders.CorHeaderStartOffset + 16;
        }

        bytes[flagsOffset] &= unchecked((byte)~(int)CorFlags.ILOnly);
        File.WriteAllBytes(input, bytes);

        AssertRefused(folder, input, 3, "is a mixed-mode image");
    }

    [Fact]
    public void Weave_AlreadyWovenFile_IsRefused()
    {
        using var folder = new TestFolder();
        var (_, woven, _) = Fixtures.Weave(folder);

        AssertRefused(folder, woven, 4, "is already woven");
    }

    [Fact]
    public void Weave_MissingDependency_IsRefusedAndNamesIt()
    {
        // The app calls a virtual method of the fixtures library, which is not beside it.
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("app", "Optpoline.Rewriter.App.dll"));

        var run = AssertRefused(folder, input, 5, "Optpoline.Rewriter.Fixtures");
        Assert.Contains("--reference", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Weave_OutputIsInputWithoutInPlace_IsUsageError()
    {
        using var folder = new TestFolder();
        var input = folder.Copy(Path.Combine("fixtures", Fixtures.FileName));
        var before = SHA256.HashData(File.ReadAllBytes(input));

        var run = CliRun.Of("weave", input, "-o", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--in-place", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
    }

    [Theory]
    [InlineData]
    [InlineData("weave")]
    [InlineData("weave", "missing.dll")]
    [InlineData("weave", "x.dll", "--in-place", "-o", "y.dll")]
    [InlineData("weave", "x.dll", "--bogus")]
    public void Run_BadCommandLine_ExitsWithUsageError(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Run_Help_ListsExitCodes()
    {
        var run = CliRun.Of("weave", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("already woven", run.Output, StringComparison.Ordinal);
        Assert.Contains("--exclude", run.Output, StringComparison.Ordinal);
    }

    private static CliRun AssertRefused(TestFolder folder, string input, int exitCode, string message)
    {
        var before = SHA256.HashData(File.ReadAllBytes(input));
        var filesBefore = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order().ToList();
        var output = folder["out/refused.dll"];

        var run = CliRun.Of("weave", input, "-o", output);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
        Assert.Equal(filesBefore, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Order().ToList());
        return run;
    }
}
