namespace Optpoline.Corpus.Tests;

/// <summary>Where an assembly's debug symbols are.</summary>
internal enum SymbolKind
{
    /// <summary>No symbols shipped with it.</summary>
    None,

    /// <summary>A portable PDB embedded in the image (a debug directory entry of its own).</summary>
    Embedded,

    /// <summary>A .pdb file beside the assembly.</summary>
    Separate,
}
