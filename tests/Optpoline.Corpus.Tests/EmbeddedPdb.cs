using System.IO.Compression;
using System.Reflection.PortableExecutable;

namespace Optpoline.Corpus.Tests;

/// <summary>Turns an assembly with an embedded portable PDB into one with the same PDB beside it.</summary>
internal static class EmbeddedPdb
{
    private const int DebugDirectoryEntrySize = 28;
    private const int TypeOffset = 12;

    /// <summary>
    /// Copies <paramref name="assemblyPath"/> into <paramref name="folder"/> with its embedded PDB
    /// written beside it, and the debug directory entry that held it marked unknown (a reader that
    /// finds an embedded PDB takes it over the file). Returns the copy's path.
    /// </summary>
    public static string MoveBeside(string assemblyPath, string folder)
    {
        Directory.CreateDirectory(folder);
        var bytes = File.ReadAllBytes(assemblyPath);
        byte[] pdb;
        using (var pe = new PEReader(new MemoryStream(bytes, writable: false)))
        {
            var entries = pe.ReadDebugDirectory();
            var index = entries.ToList().FindIndex(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            if (index < 0)
            {
                throw new InvalidOperationException($"{assemblyPath} has no embedded portable PDB.");
            }

            pdb = Decompress(bytes.AsSpan(entries[index].DataPointer, entries[index].DataSize));

            if (!pe.PEHeaders.TryGetDirectoryOffset(pe.PEHeaders.PEHeader!.DebugTableDirectory, out var directory))
            {
                throw new InvalidOperationException($"{assemblyPath}: the debug directory is not in the file.");
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(directory + (index * DebugDirectoryEntrySize) + TypeOffset), (int)DebugDirectoryEntryType.Unknown);
        }

        var copy = Path.Combine(folder, Path.GetFileName(assemblyPath));
        File.WriteAllBytes(copy, bytes);
        File.WriteAllBytes(Path.ChangeExtension(copy, ".pdb"), pdb);
        return copy;
    }

    /// <summary>The entry's data: "MPDB", the PDB's size, then the PDB deflated.</summary>
    private static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 || !data[..4].SequenceEqual("MPDB"u8))
        {
            throw new InvalidDataException("The embedded PDB entry does not start with MPDB.");
        }

        var pdb = new byte[BitConverter.ToInt32(data[4..8])];
        using var deflate = new DeflateStream(new MemoryStream(data[8..].ToArray()), CompressionMode.Decompress);
        deflate.ReadExactly(pdb);
        return pdb;
    }
}
