using System.Globalization;
using Optpoline.Workloads.FileSystem.Vfs;

namespace Optpoline.Workloads.FileSystem.Dbench;

/// <summary>
/// Writes a client's load file the way dbench's was recorded: an office worker's session on a file
/// server under <c>~dmtmp</c> (PWRPNT, WORD, EXCEL, ...): opening and reading documents, saving them
/// (often through a temporary file renamed over the original), listing folders, checking whether
/// files exist, deleting. A model of the client's tree gives every operation its expected status.
/// The file starts by creating the tree and ends by removing it, so it can be replayed in a loop.
/// </summary>
public static class LoadFileGenerator
{
    public const int MaxIo = 64 * 1024;

    private static readonly (string Folder, string Extension)[] s_folders =
        [("PWRPNT", "PPT"), ("WORD", "DOC"), ("EXCEL", "XLS"), ("ACCESS", "MDB"), ("PARADOX", "DB"), ("SEED", "TXT"), ("COREL", "CDR")];

    private static readonly int[] s_ioSizes = [4_096, 8_192, 16_384, 32_768, 65_536];

    public static string ClientRoot(int id) => @"\clients\client" + id.ToString(CultureInfo.InvariantCulture);

    public static List<DbenchOperation> Generate(int episodes, Random random)
    {
        var session = new Session(random);
        session.Add(new NtCreateX("", CreateDisposition.OpenIf, directory: true, session.NextFnum(), FsStatus.Ok));
        session.Add(new Close(session.Fnum, FsStatus.Ok));
        foreach (var folder in new[] { @"\~dmtmp" }.Concat(s_folders.Select(f => @"\~dmtmp\" + f.Folder)))
        {
            session.Add(new NtCreateX(folder, CreateDisposition.OpenIf, directory: true, session.NextFnum(), FsStatus.Ok));
            session.Add(new Close(session.Fnum, FsStatus.Ok));
        }

        for (var i = 0; i < episodes; i++)
        {
            var pick = random.Next(100);
            switch (pick)
            {
                case < 30:
                    session.ReadDocument();
                    break;
                case < 52:
                    session.WriteDocument();
                    break;
                case < 72:
                    session.Stat();
                    break;
                case < 80:
                    session.Browse();
                    break;
                case < 90:
                    session.SaveAs();
                    break;
                case < 97:
                    session.Delete();
                    break;
                default:
                    session.Subfolder();
                    break;
            }
        }

        session.Add(new Deltree("", FsStatus.Ok));
        return session.Operations;
    }

    /// <summary>The client's tree as the operations so far left it.</summary>
    private sealed class Session(Random random)
    {
        private readonly Dictionary<string, long> _files = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _existing = [];
        private readonly List<string> _subfolders = [];
        private int _temporaries;

        public List<DbenchOperation> Operations { get; } = [];

        public int Fnum { get; private set; }

        public int NextFnum() => ++Fnum;

        public void Add(DbenchOperation operation) => Operations.Add(operation);

        public void ReadDocument()
        {
            if (_existing.Count == 0)
            {
                WriteDocument();
                return;
            }

            var path = _existing[random.Next(_existing.Count)];
            var size = _files[path];
            var f = NextFnum();
            Add(new QueryPathInformation(path, FsStatus.Ok));
            Add(new NtCreateX(path, CreateDisposition.Open, directory: false, f, FsStatus.Ok));
            Add(new QueryFileInformation(f, FsStatus.Ok));
            var locked = random.Next(10) == 0;
            if (locked)
            {
                Add(new LockX(f, 0, 4_096, FsStatus.Ok));
            }

            long offset = 0;
            for (var reads = 0; reads < 8 && (offset < size || reads == 0); reads++)
            {
                var chunk = s_ioSizes[random.Next(s_ioSizes.Length)];
                Add(new ReadX(f, offset, chunk, FsStatus.Ok));
                offset += chunk;
            }

            if (locked)
            {
                Add(new UnlockX(f, 0, 4_096, FsStatus.Ok));
            }

            Add(new Close(f, FsStatus.Ok));
        }

        public void WriteDocument()
        {
            var path = DocumentName();
            var f = NextFnum();
            Add(new NtCreateX(path, CreateDisposition.OverwriteIf, directory: false, f, FsStatus.Ok));
            var size = WriteContents(f);
            if (random.Next(10) < 3)
            {
                Add(new Flush(f, FsStatus.Ok));
            }

            if (random.Next(2) == 0)
            {
                Add(new SetFileInformation(f, 0x20, FsStatus.Ok));
            }

            Add(new Close(f, FsStatus.Ok));
            Exists(path, size);
        }

        public void Stat()
        {
            if (random.Next(10) < 3)
            {
                Add(new QueryFsInformation());
                return;
            }

            var path = DocumentName();
            Add(new QueryPathInformation(path, _files.ContainsKey(path) ? FsStatus.Ok : FsStatus.NameNotFound));
        }

        public void Browse()
        {
            var (folder, extension) = s_folders[random.Next(s_folders.Length)];
            Add(new FindFirst(@"\~dmtmp\" + folder, random.Next(2) == 0 ? "*" : "*." + extension, FsStatus.Ok));
            foreach (var path in _existing.Where(p => p.StartsWith(@"\~dmtmp\" + folder + @"\", StringComparison.OrdinalIgnoreCase)).Take(2))
            {
                Add(new QueryPathInformation(path, FsStatus.Ok));
            }
        }

        public void SaveAs()
        {
            var target = DocumentName();
            var folder = target[..target.LastIndexOf('\\')];
            var temporary = string.Create(CultureInfo.InvariantCulture, $@"{folder}\~WRL{_temporaries++ % 10_000:d4}.TMP");
            var f = NextFnum();
            Add(new NtCreateX(temporary, CreateDisposition.Create, directory: false, f, FsStatus.Ok));
            var size = WriteContents(f);
            Add(new Close(f, FsStatus.Ok));
            if (_files.ContainsKey(target))
            {
                Add(new Unlink(target, FsStatus.Ok));
                Gone(target);
            }

            Add(new Rename(temporary, target, FsStatus.Ok));
            Exists(target, size);
        }

        public void Delete()
        {
            if (_existing.Count > 0 && random.Next(5) != 0)
            {
                var path = _existing[random.Next(_existing.Count)];
                Add(new Unlink(path, FsStatus.Ok));
                Gone(path);
                return;
            }

            var name = DocumentName();
            Add(new Unlink(name, _files.ContainsKey(name) ? FsStatus.Ok : FsStatus.NameNotFound));
            Gone(name);
        }

        public void Subfolder()
        {
            if (_subfolders.Count > 0 && random.Next(2) == 0)
            {
                var existing = _subfolders[random.Next(_subfolders.Count)];
                Add(new Unlink(existing, FsStatus.Ok));
                _subfolders.Remove(existing);
                return;
            }

            var (folder, _) = s_folders[random.Next(s_folders.Length)];
            var path = string.Create(CultureInfo.InvariantCulture, $@"\~dmtmp\{folder}\SUB{random.Next(6)}");
            var f = NextFnum();
            Add(new NtCreateX(path, CreateDisposition.OpenIf, directory: true, f, FsStatus.Ok));
            Add(new Close(f, FsStatus.Ok));
            if (!_subfolders.Contains(path, StringComparer.OrdinalIgnoreCase))
            {
                _subfolders.Add(path);
            }
        }

        private string DocumentName()
        {
            var (folder, extension) = s_folders[random.Next(s_folders.Length)];
            return string.Create(CultureInfo.InvariantCulture, $@"\~dmtmp\{folder}\F{random.Next(40):d2}.{extension}");
        }

        /// <summary>Writes a new file's contents in dbench's I/O sizes; returns its size.</summary>
        private long WriteContents(int f)
        {
            var r = random.Next(100);
            long size = r < 55 ? random.Next(100, 2_000) : r < 90 ? random.Next(4_096, 65_536) : random.Next(65_536, 393_216);
            long offset = 0;
            while (offset < size)
            {
                var chunk = (int)Math.Min(size - offset, s_ioSizes[random.Next(s_ioSizes.Length)]);
                Add(new WriteX(f, offset, chunk, FsStatus.Ok));
                offset += chunk;
            }

            return size;
        }

        private void Exists(string path, long size)
        {
            if (!_files.ContainsKey(path))
            {
                _existing.Add(path);
            }

            _files[path] = size;
        }

        private void Gone(string path)
        {
            if (_files.Remove(path))
            {
                _existing.Remove(path);
            }
        }
    }
}
