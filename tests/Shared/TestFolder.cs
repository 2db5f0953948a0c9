namespace Optpoline.Testing;

/// <summary>A fresh temporary folder, deleted when the test ends.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "optpoline-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Copies files from the test's output folder (or a subfolder of it) into this folder.</summary>
    public string Copy(string relativePath, string? subfolder = null)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, relativePath);
        var directory = subfolder is null ? Path : System.IO.Path.Combine(Path, subfolder);
        Directory.CreateDirectory(directory);
        var target = System.IO.Path.Combine(directory, System.IO.Path.GetFileName(source));
        File.Copy(source, target, overwrite: true);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A collectible context may still map a file for a moment; the temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
