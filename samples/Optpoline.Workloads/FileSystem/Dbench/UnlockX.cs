using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Unlocks a byte range of an open file.</summary>
public sealed class UnlockX(int fnum, long offset, long length, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Unlock(client.Handle(fnum), offset, length);
}
