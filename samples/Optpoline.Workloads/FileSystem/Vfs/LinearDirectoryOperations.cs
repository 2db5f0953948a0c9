namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>
/// A small directory: its entries in a list, searched in order (as ext2's linear directories). Past
/// <see cref="MaxEntries"/> the directory is converted to <see cref="HashedDirectoryOperations"/>.
/// </summary>
public sealed class LinearDirectoryOperations : InodeOperations
{
    public const int MaxEntries = 24;

    public override Inode? Lookup(Inode directory, string name)
    {
        foreach (var (entry, inode) in Entries(directory))
        {
            if (string.Equals(entry, name, StringComparison.OrdinalIgnoreCase))
            {
                return inode;
            }
        }

        return null;
    }

    public override FsStatus Link(MemoryFileSystem fs, Inode directory, string name, Inode child)
    {
        if (Lookup(directory, name) is not null)
        {
            return FsStatus.NameCollision;
        }

        var entries = Entries(directory);
        if (entries.Count == MaxEntries)
        {
            fs.ConvertToHashed(directory);
            return directory.Operations.Link(fs, directory, name, child);
        }

        entries.Add((name, child));
        return FsStatus.Ok;
    }

    public override FsStatus Unlink(Inode directory, string name)
    {
        var entries = Entries(directory);
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                entries.RemoveAt(i);
                return FsStatus.Ok;
            }
        }

        return FsStatus.NameNotFound;
    }

    public override int Count(Inode directory) => Entries(directory).Count;

    public override void List(Inode directory, List<(string Name, Inode Inode)> entries) => entries.AddRange(Entries(directory));

    private static List<(string Name, Inode Inode)> Entries(Inode directory) => (List<(string Name, Inode Inode)>)directory.Data;
}
