namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>
/// A file or directory. As in a Unix kernel, what can be done with it goes through two operation
/// tables chosen by its type and layout: <see cref="Operations"/> for namespace operations (lookup,
/// create, remove) and <see cref="FileOperations"/> for open files (read, write, list). A layout
/// change (a small file outgrowing its inline data, a directory outgrowing its linear list) swaps
/// the tables and the <see cref="Data"/> they work on.
/// </summary>
public sealed class Inode(long number, FileKind kind, InodeOperations operations, FileOperations fileOperations, object data)
{
    public long Number { get; } = number;

    public FileKind Kind { get; } = kind;

    public InodeOperations Operations { get; set; } = operations;

    public FileOperations FileOperations { get; set; } = fileOperations;

    /// <summary>The layout's own state (inline bytes, a page map, a directory's entries).</summary>
    public object Data { get; set; } = data;

    public long Size { get; set; }

    public long Modified { get; set; }

    public uint Attributes { get; set; }

    /// <summary>Names the inode has (0: removed, kept only while open).</summary>
    public int Links { get; set; } = 1;

    public int OpenCount { get; set; }

    /// <summary>Byte-range locks held by open files: (owner, offset, length).</summary>
    public List<(int Owner, long Offset, long Length)>? Locks { get; set; }
}
