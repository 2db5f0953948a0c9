namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>An operation that cannot be done on this kind of file; the server answers with the status.</summary>
public sealed class FileSystemException : Exception
{
    public FileSystemException()
    {
    }

    public FileSystemException(string message)
        : base(message)
    {
    }

    public FileSystemException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public FileSystemException(FsStatus status)
        : base(status.ToString()) => Status = status;

    public FsStatus Status { get; }
}
