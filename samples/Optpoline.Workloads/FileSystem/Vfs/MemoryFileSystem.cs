namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>
/// An in-memory file system with the operations an SMB server exposes (NTCreateX, ReadX, WriteX,
/// QueryPathInformation, FindFirst, Rename, ...). Paths are walked a component at a time through
/// each directory's <see cref="InodeOperations"/>; open files are read and written through their
/// inode's <see cref="FileOperations"/>.
/// </summary>
public sealed partial class MemoryFileSystem
{
    private static readonly InodeOperations s_regularFile = new RegularFileInodeOperations();
    private static readonly InodeOperations s_linearDirectory = new LinearDirectoryOperations();
    private static readonly InodeOperations s_hashedDirectory = new HashedDirectoryOperations();
    private static readonly FileOperations s_inline = new InlineFileOperations();
    private static readonly FileOperations s_paged = new PagedFileOperations();
    private static readonly FileOperations s_directory = new DirectoryFileOperations();

    private readonly Dictionary<int, (Inode Inode, int Owner)> _handles = [];
    private long _nextInode;
    private int _nextHandle;
    private long _clock;

    public MemoryFileSystem() => Root = NewDirectory();

    public Inode Root { get; }

    public PageStore Pages { get; } = new();

    public long Flushes { get; set; }

    public int OpenHandles => _handles.Count;

    /// <summary>A small file's inline data moves to pages; its operation tables change with it.</summary>
    internal void ConvertToPaged(Inode inode)
    {
        var inline = (byte[])inode.Data;
        var size = inode.Size;
        inode.Data = new List<byte[]?>();
        inode.FileOperations = s_paged;
        inode.Size = 0;
        s_paged.Write(this, inode, 0, inline.AsSpan(0, (int)size));
    }

    /// <summary>A directory's list becomes a hash table.</summary>
    internal void ConvertToHashed(Inode directory)
    {
        var entries = (List<(string Name, Inode Inode)>)directory.Data;
        var table = new Dictionary<string, Inode>(entries.Count * 2, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, inode) in entries)
        {
            table.Add(name, inode);
        }

        directory.Data = table;
        directory.Operations = s_hashedDirectory;
    }

    private Inode NewFile() => new(++_nextInode, FileKind.Regular, s_regularFile, s_inline, new byte[InlineFileOperations.Capacity]) { Modified = ++_clock };

    private Inode NewDirectory() => new(++_nextInode, FileKind.Directory, s_linearDirectory, s_directory, new List<(string Name, Inode Inode)>()) { Modified = ++_clock };

    /// <summary>Walks a path such as <c>\clients\client1\~dmtmp\WORD\CHAP10.DOC</c>.</summary>
    private FsStatus Resolve(string path, out Inode inode)
    {
        inode = Root;
        foreach (var range in path.AsSpan().Split('\\'))
        {
            var name = path.AsSpan()[range];
            if (name.IsEmpty)
            {
                continue;
            }

            if (inode.Kind != FileKind.Directory)
            {
                return FsStatus.PathNotFound;
            }

            var next = inode.Operations.Lookup(inode, name.ToString());
            if (next is null)
            {
                return path.AsSpan()[range.End..].Trim('\\').IsEmpty ? FsStatus.NameNotFound : FsStatus.PathNotFound;
            }

            inode = next;
        }

        return FsStatus.Ok;
    }

    /// <summary>The directory that holds a path's last component, and that component.</summary>
    private FsStatus ResolveParent(string path, out Inode parent, out string name)
    {
        var trimmed = path.TrimEnd('\\');
        var slash = trimmed.LastIndexOf('\\');
        name = trimmed[(slash + 1)..];
        var status = Resolve(slash <= 0 ? "" : trimmed[..slash], out parent);
        if (status == FsStatus.NameNotFound)
        {
            return FsStatus.PathNotFound;
        }

        return status == FsStatus.Ok && parent.Kind != FileKind.Directory ? FsStatus.PathNotFound : status;
    }

    private static FileInformation Describe(string name, Inode inode) => new(name, inode.Kind, inode.Size, inode.Modified, inode.Attributes, inode.Number);

    private void Drop(Inode inode)
    {
        if (inode.Links == 0 && inode.OpenCount == 0)
        {
            inode.FileOperations.Release(this, inode);
        }
    }
}
