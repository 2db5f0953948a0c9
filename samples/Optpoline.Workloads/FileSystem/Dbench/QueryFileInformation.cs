using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Stats an open file.</summary>
public sealed class QueryFileInformation(int fnum, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client)
    {
        var status = client.FileSystem.QueryFile(client.Handle(fnum), out var information);
        client.Received(information);
        return status;
    }
}
