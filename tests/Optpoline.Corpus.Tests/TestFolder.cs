namespace Optpoline.Corpus.Tests;

/// <summary>A fresh temporary folder, deleted when the test ends.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "optpoline-corpus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A collectible context may still map a file for a moment; the temp folder is cleaned eventually.
        }
    }
}
