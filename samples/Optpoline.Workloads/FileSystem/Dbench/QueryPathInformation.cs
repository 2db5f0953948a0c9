using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Stats a path.</summary>
public sealed class QueryPathInformation(string path, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client)
    {
        var status = client.FileSystem.QueryPath(client.PathOf(path), out var information);
        client.Received(information);
        return status;
    }
}
