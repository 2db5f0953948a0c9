using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Renames a file.</summary>
public sealed class Rename(string from, string to, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client) => client.FileSystem.Rename(client.PathOf(from), client.PathOf(to));
}
