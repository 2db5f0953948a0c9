using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Deletes a file (or an empty directory).</summary>
public sealed class Unlink(string path, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Unlink(client.PathOf(path));
}
