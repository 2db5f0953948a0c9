using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter;

/// <summary>
/// Writes an embedded portable PDB into an image written to a stream. Cecil's own provider asks for
/// the image's file name only to check that it is not empty (the PDB goes into the image, not into a
/// file), and a memory stream has none, so writing an assembly with embedded symbols to memory failed
/// with "Argument null or empty (Parameter 'fileName')". This gives it the assembly's name instead.
/// </summary>
internal sealed class EmbeddedSymbolWriterProvider(string imageName) : ISymbolWriterProvider
{
    private readonly EmbeddedPortablePdbWriterProvider _inner = new();

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, string fileName) =>
        _inner.GetSymbolWriter(module, string.IsNullOrEmpty(fileName) ? imageName : fileName);

    public ISymbolWriter GetSymbolWriter(ModuleDefinition module, Stream symbolStream) =>
        _inner.GetSymbolWriter(module, imageName);
}
