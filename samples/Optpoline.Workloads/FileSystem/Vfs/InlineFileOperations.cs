namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>
/// A small file whose bytes live in the inode itself (as ext4's inline data): no pages. A write past
/// <see cref="Capacity"/> converts the file to <see cref="PagedFileOperations"/>.
/// </summary>
public sealed class InlineFileOperations : FileOperations
{
    public const int Capacity = 2_048;

    public override int Read(MemoryFileSystem fs, Inode inode, long offset, Span<byte> buffer)
    {
        var data = (byte[])inode.Data;
        if (offset >= inode.Size)
        {
            return 0;
        }

        var count = (int)Math.Min(buffer.Length, inode.Size - offset);
        data.AsSpan((int)offset, count).CopyTo(buffer);
        return count;
    }

    public override void Write(MemoryFileSystem fs, Inode inode, long offset, ReadOnlySpan<byte> bytes)
    {
        if (offset + bytes.Length > Capacity)
        {
            fs.ConvertToPaged(inode);
            inode.FileOperations.Write(fs, inode, offset, bytes);
            return;
        }

        bytes.CopyTo(((byte[])inode.Data).AsSpan((int)offset));
        inode.Size = Math.Max(inode.Size, offset + bytes.Length);
    }

    public override void Truncate(MemoryFileSystem fs, Inode inode, long size)
    {
        if (size > Capacity)
        {
            fs.ConvertToPaged(inode);
            inode.FileOperations.Truncate(fs, inode, size);
            return;
        }

        var data = (byte[])inode.Data;
        if (size < inode.Size)
        {
            data.AsSpan((int)size, (int)(inode.Size - size)).Clear();
        }

        inode.Size = size;
    }
}
