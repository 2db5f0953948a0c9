namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>The SMB-facing operations.</summary>
public sealed partial class MemoryFileSystem
{
    public FsStatus Create(string path, CreateDisposition disposition, bool directory, int owner, out int handle)
    {
        handle = -1;
        var status = ResolveParent(path, out var parent, out var name);
        if (status != FsStatus.Ok)
        {
            return status;
        }

        var inode = parent.Operations.Lookup(parent, name);
        if (inode is null)
        {
            if (disposition == CreateDisposition.Open)
            {
                return FsStatus.NameNotFound;
            }

            inode = directory ? NewDirectory() : NewFile();
            status = parent.Operations.Link(this, parent, name, inode);
            if (status != FsStatus.Ok)
            {
                return status;
            }

            parent.Modified = ++_clock;
        }
        else if (disposition == CreateDisposition.Create)
        {
            return FsStatus.NameCollision;
        }
        else if (directory != (inode.Kind == FileKind.Directory))
        {
            return directory ? FsStatus.NotADirectory : FsStatus.IsADirectory;
        }
        else if (disposition == CreateDisposition.OverwriteIf)
        {
            inode.FileOperations.Truncate(this, inode, 0);
            inode.Modified = ++_clock;
        }

        inode.OpenCount++;
        handle = ++_nextHandle;
        _handles.Add(handle, (inode, owner));
        return FsStatus.Ok;
    }

    public FsStatus Close(int handle)
    {
        if (!_handles.Remove(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        open.Inode.OpenCount--;
        open.Inode.Locks?.RemoveAll(l => l.Owner == handle);
        Drop(open.Inode);
        return FsStatus.Ok;
    }

    public FsStatus Read(int handle, long offset, Span<byte> buffer, out int read)
    {
        read = 0;
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        try
        {
            read = open.Inode.FileOperations.Read(this, open.Inode, offset, buffer);
            return FsStatus.Ok;
        }
        catch (FileSystemException e)
        {
            return e.Status;
        }
    }

    public FsStatus Write(int handle, long offset, ReadOnlySpan<byte> data)
    {
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        try
        {
            open.Inode.FileOperations.Write(this, open.Inode, offset, data);
            open.Inode.Modified = ++_clock;
            return FsStatus.Ok;
        }
        catch (FileSystemException e)
        {
            return e.Status;
        }
    }

    public FsStatus Flush(int handle)
    {
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        open.Inode.FileOperations.Flush(this, open.Inode);
        return FsStatus.Ok;
    }

    public FsStatus QueryPath(string path, out FileInformation information)
    {
        information = default;
        var status = Resolve(path, out var inode);
        if (status == FsStatus.Ok)
        {
            information = Describe(path[(path.LastIndexOf('\\') + 1)..], inode);
        }

        return status;
    }

    public FsStatus QueryFile(int handle, out FileInformation information)
    {
        information = default;
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        information = Describe("", open.Inode);
        return FsStatus.Ok;
    }

    /// <summary>QueryFsInformation: pages in use and inodes made so far.</summary>
    public (long PagesInUse, long Inodes) QueryFs() => (Pages.PagesInUse, _nextInode);

    public FsStatus SetAttributes(int handle, uint attributes)
    {
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        open.Inode.Attributes = attributes;
        open.Inode.Modified = ++_clock;
        return FsStatus.Ok;
    }

    /// <summary>FindFirst: the directory's entries whose names match <c>*</c> or <c>*.EXT</c>, by name.</summary>
    public FsStatus Find(string directory, string pattern, List<FileInformation> results)
    {
        var status = Resolve(directory, out var inode);
        if (status != FsStatus.Ok)
        {
            return status == FsStatus.NameNotFound ? FsStatus.PathNotFound : status;
        }

        if (inode.Kind != FileKind.Directory)
        {
            return FsStatus.NotADirectory;
        }

        var entries = new List<(string Name, Inode Inode)>(inode.Operations.Count(inode));
        inode.Operations.List(inode, entries);
        var suffix = pattern == "*" ? "" : pattern.TrimStart('*');
        foreach (var (name, child) in entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                results.Add(Describe(name, child));
            }
        }

        return FsStatus.Ok;
    }

    public FsStatus Unlink(string path)
    {
        var status = ResolveParent(path, out var parent, out var name);
        if (status != FsStatus.Ok)
        {
            return status;
        }

        var inode = parent.Operations.Lookup(parent, name);
        if (inode is null)
        {
            return FsStatus.NameNotFound;
        }

        if (inode.Kind == FileKind.Directory && inode.Operations.Count(inode) > 0)
        {
            return FsStatus.DirectoryNotEmpty;
        }

        parent.Operations.Unlink(parent, name);
        parent.Modified = ++_clock;
        inode.Links--;
        Drop(inode);
        return FsStatus.Ok;
    }

    public FsStatus Rename(string from, string to)
    {
        var status = ResolveParent(from, out var fromParent, out var fromName);
        if (status != FsStatus.Ok)
        {
            return status;
        }

        var inode = fromParent.Operations.Lookup(fromParent, fromName);
        if (inode is null)
        {
            return FsStatus.NameNotFound;
        }

        status = ResolveParent(to, out var toParent, out var toName);
        if (status != FsStatus.Ok)
        {
            return status;
        }

        status = toParent.Operations.Link(this, toParent, toName, inode);
        if (status != FsStatus.Ok)
        {
            return status;
        }

        fromParent.Operations.Unlink(fromParent, fromName);
        fromParent.Modified = toParent.Modified = ++_clock;
        return FsStatus.Ok;
    }

    public FsStatus Lock(int handle, long offset, long length)
    {
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        var locks = open.Inode.Locks ??= [];
        foreach (var (owner, at, count) in locks)
        {
            if (owner != handle && offset < at + count && at < offset + length)
            {
                return FsStatus.LockConflict;
            }
        }

        locks.Add((handle, offset, length));
        return FsStatus.Ok;
    }

    public FsStatus Unlock(int handle, long offset, long length)
    {
        if (!_handles.TryGetValue(handle, out var open))
        {
            return FsStatus.InvalidHandle;
        }

        return open.Inode.Locks?.Remove((handle, offset, length)) == true ? FsStatus.Ok : FsStatus.LockConflict;
    }

    /// <summary>Removes a directory and everything under it.</summary>
    public FsStatus Deltree(string path)
    {
        var status = Resolve(path, out var inode);
        if (status != FsStatus.Ok)
        {
            return status;
        }

        if (inode.Kind == FileKind.Directory)
        {
            var entries = new List<(string Name, Inode Inode)>();
            inode.Operations.List(inode, entries);
            foreach (var (name, _) in entries)
            {
                Deltree(path + "\\" + name);
            }
        }

        return Unlink(path);
    }

    /// <summary>A checksum of the whole tree: names, sizes, attributes and contents.</summary>
    public ulong Checksum()
    {
        var checksum = default(Fnv1a);
        var buffer = new byte[PageStore.PageSize];
        void Walk(Inode directory)
        {
            var entries = new List<(string Name, Inode Inode)>();
            directory.Operations.List(directory, entries);
            foreach (var (name, inode) in entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
            {
                checksum.Add(name);
                checksum.Add(inode.Size);
                checksum.Add(inode.Attributes);
                if (inode.Kind == FileKind.Directory)
                {
                    Walk(inode);
                    continue;
                }

                for (long offset = 0; offset < inode.Size; offset += buffer.Length)
                {
                    var read = inode.FileOperations.Read(this, inode, offset, buffer);
                    checksum.Add(buffer.AsSpan(0, read));
                }
            }
        }

        Walk(Root);
        checksum.Add(Pages.PagesInUse);
        return checksum.Value;
    }
}
