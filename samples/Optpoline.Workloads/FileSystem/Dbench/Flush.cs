using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Flushes an open file.</summary>
public sealed class Flush(int fnum, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Flush(client.Handle(fnum));
}
