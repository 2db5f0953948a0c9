namespace Optpoline.Rewriter.Tests;

/// <summary>The repository the tests were built from.</summary>
internal static class SourceTree
{
    /// <summary>The folder of Optpoline.slnx, found above the tests' build output.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Optpoline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Optpoline.slnx not found above the test output.");
    }
}
