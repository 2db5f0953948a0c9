namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>Operations on an open file (the kernel's <c>file_operations</c>), chosen by the inode's type and layout.</summary>
public abstract class FileOperations
{
    public virtual int Read(MemoryFileSystem fs, Inode inode, long offset, Span<byte> buffer) => throw new FileSystemException(FsStatus.IsADirectory);

    public virtual void Write(MemoryFileSystem fs, Inode inode, long offset, ReadOnlySpan<byte> data) => throw new FileSystemException(FsStatus.IsADirectory);

    public virtual void Truncate(MemoryFileSystem fs, Inode inode, long size) => throw new FileSystemException(FsStatus.IsADirectory);

    /// <summary>Makes the file durable; an in-memory store only counts the request.</summary>
    public virtual void Flush(MemoryFileSystem fs, Inode inode) => fs.Flushes++;

    public virtual void Release(MemoryFileSystem fs, Inode inode)
    {
    }
}
