using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Writes <c>size</c> bytes at <c>offset</c>.</summary>
public sealed class WriteX(int fnum, long offset, int size, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Write(client.Handle(fnum), offset, client.DataFor(offset, size));
}
