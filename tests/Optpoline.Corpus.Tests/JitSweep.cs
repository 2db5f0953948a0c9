namespace Optpoline.Corpus.Tests;

/// <summary>What forcing every method of one assembly through the JIT found.</summary>
/// <param name="Prepared">Methods and constructors compiled (generic ones once, for the instantiation <see cref="GenericArguments"/> chose).</param>
/// <param name="SkippedGeneric">Generic methods (or methods of generic types) for which no instantiation satisfying the constraints was found.</param>
/// <param name="Failures">What failed, keyed by the method (or type) so the woven and original sweeps can be compared: the exception type and message.</param>
internal sealed record JitSweep(int Prepared, int SkippedGeneric, IReadOnlyDictionary<string, string> Failures);
