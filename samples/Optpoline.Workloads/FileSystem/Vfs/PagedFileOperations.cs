namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>A file kept in pages of the <see cref="PageStore"/>; holes read as zeros and take no page.</summary>
public sealed class PagedFileOperations : FileOperations
{
    public override int Read(MemoryFileSystem fs, Inode inode, long offset, Span<byte> buffer)
    {
        var pages = (List<byte[]?>)inode.Data;
        if (offset >= inode.Size)
        {
            return 0;
        }

        var count = (int)Math.Min(buffer.Length, inode.Size - offset);
        var done = 0;
        while (done < count)
        {
            var position = offset + done;
            var index = (int)(position / PageStore.PageSize);
            var within = (int)(position % PageStore.PageSize);
            var chunk = Math.Min(count - done, PageStore.PageSize - within);
            var page = index < pages.Count ? pages[index] : null;
            if (page is null)
            {
                buffer.Slice(done, chunk).Clear();
            }
            else
            {
                page.AsSpan(within, chunk).CopyTo(buffer[done..]);
            }

            done += chunk;
        }

        return count;
    }

    public override void Write(MemoryFileSystem fs, Inode inode, long offset, ReadOnlySpan<byte> data)
    {
        var pages = (List<byte[]?>)inode.Data;
        var done = 0;
        while (done < data.Length)
        {
            var position = offset + done;
            var index = (int)(position / PageStore.PageSize);
            var within = (int)(position % PageStore.PageSize);
            var chunk = Math.Min(data.Length - done, PageStore.PageSize - within);
            while (pages.Count <= index)
            {
                pages.Add(null);
            }

            var page = pages[index] ??= fs.Pages.Allocate();
            data.Slice(done, chunk).CopyTo(page.AsSpan(within));
            done += chunk;
        }

        inode.Size = Math.Max(inode.Size, offset + data.Length);
    }

    public override void Truncate(MemoryFileSystem fs, Inode inode, long size)
    {
        var pages = (List<byte[]?>)inode.Data;
        var keep = (int)((size + PageStore.PageSize - 1) / PageStore.PageSize);
        for (var i = pages.Count - 1; i >= keep; i--)
        {
            if (pages[i] is { } page)
            {
                fs.Pages.Free(page);
            }

            pages.RemoveAt(i);
        }

        if (size % PageStore.PageSize != 0 && keep > 0 && keep <= pages.Count && pages[keep - 1] is { } last)
        {
            last.AsSpan((int)(size % PageStore.PageSize)).Clear();
        }

        inode.Size = size;
    }

    public override void Release(MemoryFileSystem fs, Inode inode)
    {
        // Called when the last name and the last handle are gone: the pages go back to the store.
        Truncate(fs, inode, 0);
    }
}
