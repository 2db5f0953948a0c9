using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// Checks that a woven assembly carries its symbols as the original did: embedded where they were
/// embedded, a .pdb beside it where there was one, the PDB's id matching the image's CodeView entry
/// (so debuggers and stack traces accept it), and no method that had sequence points losing them.
/// </summary>
internal static class SymbolRoundTrip
{
    /// <summary>What is wrong with the woven assembly's symbols, or null when nothing is.</summary>
    public static string? Check(string originalPath, SymbolKind kind, string wovenPath)
    {
        if (kind == SymbolKind.None)
        {
            return null;
        }

        using var originalPdb = Open(originalPath, kind, out var originalProblem);
        if (originalPdb is null)
        {
            // A Windows PDB, for example: the original's symbols are not portable, so there is nothing to compare.
            return null;
        }

        using var wovenPdb = Open(wovenPath, kind, out var wovenProblem);
        if (wovenPdb is null)
        {
            return $"the woven assembly lost its {kind.ToString().ToLowerInvariant()} symbols ({wovenProblem})";
        }

        var (originalReader, wovenReader) = (originalPdb.GetMetadataReader(), wovenPdb.GetMetadataReader());
        var id = CodeViewId(wovenPath);
        var pdbId = wovenReader.DebugMetadataHeader?.Id.ToArray() ?? [];
        if (id is null || !id.AsSpan().SequenceEqual(pdbId))
        {
            return $"the woven PDB's id ({Convert.ToHexString(pdbId)}) is not the one the woven image names ({(id is null ? "no CodeView entry" : Convert.ToHexString(id))})";
        }

        var (before, after) = (WithSequencePoints(originalReader), WithSequencePoints(wovenReader));
        return after < before ? $"{before - after} of {before} methods lost their sequence points" : null;
    }

    private static MetadataReaderProvider? Open(string assemblyPath, SymbolKind kind, out string? problem)
    {
        problem = null;
        try
        {
            if (kind == SymbolKind.Separate)
            {
                var pdb = Path.ChangeExtension(assemblyPath, ".pdb");
                if (!File.Exists(pdb))
                {
                    problem = $"no {Path.GetFileName(pdb)} beside it";
                    return null;
                }

                var bytes = File.ReadAllBytes(pdb);
                if (bytes.Length < 4 || bytes[0] != (byte)'B' || bytes[1] != (byte)'S' || bytes[2] != (byte)'J' || bytes[3] != (byte)'B')
                {
                    problem = "not a portable PDB";
                    return null;
                }

                return MetadataReaderProvider.FromPortablePdbImage([.. bytes]);
            }

            using var pe = new PEReader(new MemoryStream(File.ReadAllBytes(assemblyPath)));
            var entry = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
            if (entry.Count == 0)
            {
                problem = "no embedded portable PDB entry in its debug directory";
                return null;
            }

            return pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry[0]);
        }
        catch (BadImageFormatException e)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>The PDB id (GUID and stamp) the image's CodeView entry names.</summary>
    private static byte[]? CodeViewId(string assemblyPath)
    {
        using var pe = new PEReader(new MemoryStream(File.ReadAllBytes(assemblyPath)));
        var codeView = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.CodeView).ToList();
        if (codeView.Count == 0)
        {
            return null;
        }

        var data = pe.ReadCodeViewDebugDirectoryData(codeView[0]);
        return [.. data.Guid.ToByteArray(), .. BitConverter.GetBytes(codeView[0].Stamp)];
    }

    private static int WithSequencePoints(MetadataReader pdb) =>
        pdb.MethodDebugInformation.Count(h => !pdb.GetMethodDebugInformation(h).SequencePointsBlob.IsNil);
}
