using Optpoline.Rewriter;

namespace Optpoline.Cli;

/// <summary>What happened to one input file: woven (with its result), left as it was (with why), or refused.</summary>
internal sealed record WeaveOutcome(string File, WeaveResult? Result, string? LeftAsIs, WeaveException? Error);
