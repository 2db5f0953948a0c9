namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>The in-memory block store: 4 KiB pages, reused through a free list.</summary>
public sealed class PageStore
{
    public const int PageSize = 4_096;

    private readonly Stack<byte[]> _free = new();

    public long PagesInUse { get; private set; }

    public byte[] Allocate()
    {
        PagesInUse++;
        if (_free.TryPop(out var page))
        {
            Array.Clear(page);
            return page;
        }

        return new byte[PageSize];
    }

    public void Free(byte[] page)
    {
        PagesInUse--;
        _free.Push(page);
    }
}
