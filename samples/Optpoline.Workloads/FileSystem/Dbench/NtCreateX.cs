using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Opens or creates a file or directory as file number <c>fnum</c>.</summary>
public sealed class NtCreateX(string path, CreateDisposition disposition, bool directory, int fnum, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client)
    {
        var status = client.FileSystem.Create(client.PathOf(path), disposition, directory, client.Id, out var handle);
        if (status == FsStatus.Ok)
        {
            client.Open(fnum, handle);
        }

        return status;
    }
}
