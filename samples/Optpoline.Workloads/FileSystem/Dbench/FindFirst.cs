using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>Lists a directory's entries that match a pattern.</summary>
public sealed class FindFirst(string directory, string pattern, FsStatus expected) : DbenchOperation(expected)
{
    public override FsStatus Execute(DbenchClient client)
    {
        var results = client.FindResults;
        results.Clear();
        var status = client.FileSystem.Find(client.PathOf(directory), pattern, results);
        foreach (var information in results)
        {
            client.Received(information);
        }

        return status;
    }
}
