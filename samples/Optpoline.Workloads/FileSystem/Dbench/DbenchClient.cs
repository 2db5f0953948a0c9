using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>
/// One dbench client: replays its load file against the file system, maps the load file's file
/// numbers to the server's handles, and counts operations whose status differs from the expected
/// one (dbench's "failed" operations).
/// </summary>
public sealed class DbenchClient(int id, MemoryFileSystem fileSystem, IReadOnlyList<DbenchOperation> loadFile, byte[] data)
{
    private const int NoHandle = -1;

    private readonly Dictionary<int, int> _handles = [];
    private readonly byte[] _readBuffer = new byte[LoadFileGenerator.MaxIo];
    private int _next;
    private Fnv1a _checksum;

    public int Id { get; } = id;

    public MemoryFileSystem FileSystem { get; } = fileSystem;

    /// <summary>Operations whose status was not the one the load file expects.</summary>
    public long Failures { get; private set; }

    /// <summary>When set, what the client receives goes into <see cref="Checksum"/>.</summary>
    public bool Verifying { get; set; }

    public ulong Checksum => _checksum.Value;

    internal Span<byte> ReadBuffer => _readBuffer;

    internal List<FileInformation> FindResults { get; } = [];

    /// <summary>Runs the next <paramref name="count"/> operations, looping over the load file.</summary>
    public void Run(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var operation = loadFile[_next];
            _next = (_next + 1) % loadFile.Count;
            var status = operation.Execute(this);
            if (status != operation.Expected)
            {
                Failures++;
            }

            if (Verifying)
            {
                _checksum.Add((long)status);
            }
        }
    }

    /// <summary>The client works in its own directory, as dbench's clients do.</summary>
    internal string PathOf(string relative) => LoadFileGenerator.ClientRoot(Id) + relative;

    internal void Open(int fnum, int handle) => _handles[fnum] = handle;

    internal int Handle(int fnum) => _handles.GetValueOrDefault(fnum, NoHandle);

    internal int Close(int fnum) => _handles.Remove(fnum, out var handle) ? handle : NoHandle;

    internal ReadOnlySpan<byte> DataFor(long offset, int size) => data.AsSpan((int)(offset % LoadFileGenerator.MaxIo), size);

    internal void Received(ReadOnlySpan<byte> bytes)
    {
        if (Verifying)
        {
            _checksum.Add(bytes);
        }
    }

    internal void Received(FileInformation information)
    {
        if (Verifying)
        {
            _checksum.Add(information.Name ?? "");
            _checksum.Add(information.Size);
            _checksum.Add(information.Attributes);
            _checksum.Add((long)information.Kind);
        }
    }

    internal void Received(long value)
    {
        if (Verifying)
        {
            _checksum.Add(value);
        }
    }
}
