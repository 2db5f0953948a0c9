namespace Optpoline.Rewriter.Loading;

/// <summary>An assembly a <see cref="WeavingLoadContext"/> loaded: woven (with what weaving did), or as it was (with why).</summary>
/// <param name="Name">The assembly's simple name.</param>
/// <param name="Path">The file it was read from.</param>
/// <param name="Result">What weaving did (or found, when it rewrote nothing); null when the assembly was not weighed at all.</param>
/// <param name="LeftAsIs">Why it was loaded as it was, when it was.</param>
public sealed record LoadedAssembly(string Name, string Path, WeaveResult? Result, string? LeftAsIs)
{
    /// <summary>Whether the assembly was loaded woven.</summary>
    public bool Woven => LeftAsIs is null;
}
