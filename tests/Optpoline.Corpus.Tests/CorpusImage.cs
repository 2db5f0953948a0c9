using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Optpoline.Rewriter;

namespace Optpoline.Corpus.Tests;

/// <summary>
/// What an assembly's PE headers say, read here independently of the rewriter: the tests decide from
/// these facts whether the rewriter must weave an assembly or may refuse it.
/// </summary>
internal sealed record CorpusImage(string FileName, bool ReadyToRun, bool MixedMode, bool StrongNamed, SymbolKind Symbols, string? TargetFramework)
{
    public static CorpusImage Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var cor = pe.PEHeaders.CorHeader ?? throw new InvalidOperationException($"{path} is not a .NET assembly.");
        var metadata = pe.GetMetadataReader();
        var symbols = pe.ReadDebugDirectory().Any(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb) ? SymbolKind.Embedded
            : File.Exists(Path.ChangeExtension(path, ".pdb")) ? SymbolKind.Separate
            : SymbolKind.None;
        return new CorpusImage(
            Path.GetFileName(path),
            cor.ManagedNativeHeaderDirectory.Size != 0 || (cor.Flags & CorFlags.ILLibrary) != 0,
            (cor.Flags & CorFlags.ILOnly) == 0,
            !metadata.GetAssemblyDefinition().PublicKey.IsNil,
            symbols,
            TargetFrameworkOf(metadata));
    }

    /// <summary>The refusal the rewriter owes this image (null: it must be woven).</summary>
    public WeaveError? ExpectedRefusal => ReadyToRun ? WeaveError.ReadyToRun : MixedMode ? WeaveError.MixedMode : null;

    private static string? TargetFrameworkOf(MetadataReader metadata)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var type = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            if (type.Kind == HandleKind.TypeReference && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Name) == "TargetFrameworkAttribute")
            {
                var blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                return blob.ReadSerializedString();
            }
        }

        return null;
    }
}
