using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Sets an open file's attributes.</summary>
public sealed class SetFileInformation(int fnum, uint attributes, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.SetAttributes(client.Handle(fnum), attributes);
}
