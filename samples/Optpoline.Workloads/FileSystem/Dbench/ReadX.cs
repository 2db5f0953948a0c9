using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Reads <c>size</c> bytes at <c>offset</c>.</summary>
public sealed class ReadX(int fnum, long offset, int size, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client)
    {
        var buffer = client.ReadBuffer[..size];
        var status = client.FileSystem.Read(client.Handle(fnum), offset, buffer, out var read);
        client.Received(buffer[..read]);
        return status;
    }
}
