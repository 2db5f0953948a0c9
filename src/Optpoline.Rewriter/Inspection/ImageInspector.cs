using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Optpoline.Rewriter.Inspection;

/// <summary>
/// Refuses what Cecil must not be given, before it reads anything: files that are not .NET
/// assemblies, truncated images, ReadyToRun and mixed-mode images. Cecil itself would read some of
/// these "successfully" (a ReadyToRun image has IL) and then write an image whose precompiled code
/// no longer matches its IL, or drop the native code of a mixed-mode image; the PE headers tell.
/// </summary>
internal static class ImageInspector
{
    public static ImageFacts Inspect(string path)
    {
        if (!File.Exists(path))
        {
            throw new WeaveException(WeaveError.NotAnAssembly, $"{path}: no such file.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeaveException(WeaveError.Io, $"{path}: cannot be read: {e.Message}", e);
        }

        return Inspect(path, bytes);
    }

    public static ImageFacts Inspect(string path, byte[] bytes)
    {
        var name = Path.GetFileName(path);
        if (bytes.Length < 2 || bytes[0] != (byte)'M' || bytes[1] != (byte)'Z')
        {
            throw new WeaveException(WeaveError.NotAnAssembly, $"{name} is not a .NET assembly (no PE header).");
        }

        using var pe = new PEReader(new MemoryStream(bytes, writable: false));
        PEHeaders headers;
        try
        {
            headers = pe.PEHeaders;
        }
        catch (BadImageFormatException e)
        {
            throw new WeaveException(WeaveError.Corrupt, $"{name} is truncated or damaged: its PE headers cannot be read ({e.Message}).", e);
        }

        if (headers.CorHeader is not { } cor)
        {
            throw new WeaveException(WeaveError.NotAnAssembly, $"{name} is a native image, not a .NET assembly.");
        }

        foreach (var section in headers.SectionHeaders)
        {
            if ((long)section.PointerToRawData + section.SizeOfRawData > bytes.Length)
            {
                throw new WeaveException(WeaveError.Corrupt, $"{name} is truncated: section {section.Name} ends at byte {(long)section.PointerToRawData + section.SizeOfRawData}, the file has {bytes.Length}.");
            }
        }

        if (cor.ManagedNativeHeaderDirectory.Size != 0 || (cor.Flags & CorFlags.ILLibrary) != 0)
        {
            throw new WeaveException(WeaveError.ReadyToRun, $"{name} is a ReadyToRun image: its precompiled code would no longer match rewritten IL. Weave the IL-only build (publish without PublishReadyToRun) instead.");
        }

        if ((cor.Flags & CorFlags.ILOnly) == 0)
        {
            throw new WeaveException(WeaveError.MixedMode, $"{name} is a mixed-mode image (native code besides IL); it cannot be rewritten.");
        }

        bool strongNamed;
        try
        {
            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                throw new WeaveException(WeaveError.NotAnAssembly, $"{name} is a .NET module without an assembly manifest; weave the assembly that contains it.");
            }

            strongNamed = (cor.Flags & CorFlags.StrongNameSigned) != 0 || !metadata.GetAssemblyDefinition().PublicKey.IsNil;
        }
        catch (BadImageFormatException e)
        {
            throw new WeaveException(WeaveError.Corrupt, $"{name} is truncated or damaged: its metadata cannot be read ({e.Message}).", e);
        }

        return new ImageFacts(strongNamed);
    }
}
