namespace Optpoline.Evaluation;

/// <summary>
/// The three sizes of evaluation. Default: 3 runs of 1.2 s warm-up and 2 s measured, Jint on one
/// program, phases of 1.2 s: about 4 minutes on 2 cores (48 child processes of 4 to 7 s). Quick: 1
/// run of 1 s + 1 s, about a minute. Full: 5 runs of 3 s + 8 s, every Jint program, phases of 3 s:
/// about 30 minutes.
/// </summary>
internal sealed record Preset(string Name, int Runs, TimeSpan Warmup, TimeSpan Measured, TimeSpan Phase, IReadOnlyList<string> JintPrograms)
{
    public static readonly Preset Quick = new("quick", 1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), ["simulation"]);
    public static readonly Preset Default = new("default", 3, TimeSpan.FromSeconds(1.2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1.2), ["simulation"]);
    public static readonly Preset Full = new("full", 5, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(3), WorkloadSpec.JintPrograms);

    /// <summary>The phase-change workload's measured time: three changes (four in the full preset).</summary>
    public TimeSpan PhaseMeasured => Phase * (Name == "full" ? 4 : 3);

    public IReadOnlyList<WorkloadSpec> Workloads => [.. WorkloadSpec.BuiltIn.Where(w => w.JintProgram is not { } program || JintPrograms.Contains(program))];
}
