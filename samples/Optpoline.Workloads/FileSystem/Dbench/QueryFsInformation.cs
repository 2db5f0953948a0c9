using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Asks how full the file system is.</summary>
public sealed class QueryFsInformation() : DbenchOperation(FsStatus.Ok)
{
    public override FsStatus Execute(DbenchClient client)
    {
        var (pages, inodes) = client.FileSystem.QueryFs();
        client.Received(pages + inodes);
        return FsStatus.Ok;
    }
}
