namespace Optpoline.JintBench;

/// <summary>Calls of <c>run()</c> in the measured phase, how long they took, and what they returned.</summary>
internal sealed record Measurement(long Iterations, TimeSpan Elapsed, string Result, bool Consistent)
{
    public double OpsPerSecond => Iterations / Elapsed.TotalSeconds;
}
