namespace Optpoline.Rewriter;

/// <summary>An assembly woven into memory.</summary>
/// <param name="Result">What weaving did.</param>
/// <param name="Image">The woven assembly (symbols embedded when the input embedded them); null when <see cref="WeaveOptions.SkipUnchanged"/> left it as it was.</param>
/// <param name="Symbols">The woven assembly's portable PDB, when the input had one beside it.</param>
public sealed record WovenImage(WeaveResult Result, byte[]? Image, byte[]? Symbols);
