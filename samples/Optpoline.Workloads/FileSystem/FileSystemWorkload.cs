using Optpoline.Workloads.FileSystem.Dbench;
using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem;

/// <summary>
/// The dbench analogue: four clients replay their load files, interleaved, against one in-memory
/// file system whose files and directories are served through per-type operation tables.
/// </summary>
public sealed class FileSystemWorkload : Workload
{
    public const string WorkloadName = "fs";

    private const int Clients = 4;
    private const int Episodes = 800;
    private const int OperationsPerTurn = 16;
    private const int Seed = 21;

    private readonly List<DbenchOperation>[] _loadFiles;
    private readonly byte[] _data;
    private readonly DbenchClient[] _clients;

    public FileSystemWorkload()
    {
        _loadFiles = [.. Enumerable.Range(0, Clients).Select(c => LoadFileGenerator.Generate(Episodes, new Random(Seed + c)))];
        _data = new byte[2 * LoadFileGenerator.MaxIo];
        new Random(Seed).NextBytes(_data);
        _clients = Connect(out _);
    }

    public override string Name => WorkloadName;

    public override int RunBatch()
    {
        foreach (var client in _clients)
        {
            client.Run(OperationsPerTurn);
        }

        return Clients * OperationsPerTurn;
    }

    /// <summary>Fresh clients on a fresh file system go one and a half times through their load files; the checksum covers what they read and the tree they leave.</summary>
    public override ulong Verify()
    {
        var clients = Connect(out var fs);
        var turns = _loadFiles.Max(l => l.Count) * 3 / 2 / OperationsPerTurn;
        foreach (var client in clients)
        {
            client.Verifying = true;
        }

        for (var turn = 0; turn < turns; turn++)
        {
            foreach (var client in clients)
            {
                client.Run(OperationsPerTurn);
            }
        }

        var checksum = default(Fnv1a);
        foreach (var client in clients)
        {
            checksum.Add((long)client.Checksum);
            checksum.Add(client.Failures);
        }

        checksum.Add((long)fs.Checksum());
        return checksum.Value;
    }

    private DbenchClient[] Connect(out MemoryFileSystem fs)
    {
        var fileSystem = new MemoryFileSystem();
        fileSystem.Create(@"\clients", CreateDisposition.OpenIf, directory: true, owner: 0, out var handle);
        fileSystem.Close(handle);
        fs = fileSystem;
        return [.. Enumerable.Range(0, Clients).Select(c => new DbenchClient(c, fileSystem, _loadFiles[c], _data))];
    }
}
