namespace Optpoline.Rewriter.Inspection;

/// <summary>What the PE headers say about an input that passed inspection.</summary>
internal sealed record ImageFacts(bool StrongNamed);
