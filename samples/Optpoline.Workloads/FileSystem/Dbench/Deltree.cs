using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Removes the client's tree (the end of a load-file loop).</summary>
public sealed class Deltree(string path, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Deltree(client.PathOf(path));
}
