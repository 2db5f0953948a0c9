using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Locks a byte range of an open file.</summary>
public sealed class LockX(int fnum, long offset, long length, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Lock(client.Handle(fnum), offset, length);
}
