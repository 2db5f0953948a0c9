namespace Optpoline.Corpus.Packages;

/// <summary>One package at work: a name and what it computes, as text.</summary>
internal sealed record Section(string Name, Func<string> Body);
