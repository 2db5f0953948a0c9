namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>
/// Namespace operations of an inode (the kernel's <c>inode_operations</c>). Directories implement
/// them; for a regular file every one answers <see cref="FsStatus.NotADirectory"/>.
/// </summary>
public abstract class InodeOperations
{
    public virtual Inode? Lookup(Inode directory, string name) => null;

    public virtual FsStatus Link(MemoryFileSystem fs, Inode directory, string name, Inode child) => FsStatus.NotADirectory;

    public virtual FsStatus Unlink(Inode directory, string name) => FsStatus.NotADirectory;

    public virtual int Count(Inode directory) => 0;

    public virtual void List(Inode directory, List<(string Name, Inode Inode)> entries)
    {
    }
}
