namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>A large directory: its entries in a hash table (as ext3's htree directories). Names compare without case, as SMB's do.</summary>
public sealed class HashedDirectoryOperations : InodeOperations
{
    public override Inode? Lookup(Inode directory, string name) => Entries(directory).GetValueOrDefault(name);

    public override FsStatus Link(MemoryFileSystem fs, Inode directory, string name, Inode child) =>
        Entries(directory).TryAdd(name, child) ? FsStatus.Ok : FsStatus.NameCollision;

    public override FsStatus Unlink(Inode directory, string name) => Entries(directory).Remove(name) ? FsStatus.Ok : FsStatus.NameNotFound;

    public override int Count(Inode directory) => Entries(directory).Count;

    public override void List(Inode directory, List<(string Name, Inode Inode)> entries)
    {
        foreach (var (name, inode) in Entries(directory))
        {
            entries.Add((name, inode));
        }
    }

    private static Dictionary<string, Inode> Entries(Inode directory) => (Dictionary<string, Inode>)directory.Data;
}
