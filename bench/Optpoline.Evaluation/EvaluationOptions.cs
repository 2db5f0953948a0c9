namespace Optpoline.Evaluation;

/// <summary>What an evaluation runs and for how long.</summary>
internal sealed record EvaluationOptions
{
    public required string Preset { get; init; }

    public required IReadOnlyList<WorkloadSpec> Workloads { get; init; }

    /// <summary>The policy of the Optpoline variant of every workload but the phase-change one.</summary>
    public required string Policy { get; init; }

    /// <summary>The Optpoline variants of the phase-change workload.</summary>
    public required IReadOnlyList<string> PhasePolicies { get; init; }

    public required int Runs { get; init; }

    public required TimeSpan Warmup { get; init; }

    public required TimeSpan Measured { get; init; }

    /// <summary>How long each phase of the phase-change workload lasts (its warm-up is one phase).</summary>
    public required TimeSpan Phase { get; init; }

    /// <summary>The phase-change workload's measured time (a whole number of phases).</summary>
    public required TimeSpan PhaseMeasured { get; init; }

    public required bool Pgo { get; init; }

    /// <summary>Add the control variants (hosted but not woven; woven with the runtime off).</summary>
    public bool Controls { get; init; }

    public string? JsonPath { get; init; }

    public string? ChartsDirectory { get; init; }

    public string? MarkdownPath { get; init; }

    /// <summary>The command line that asked for this, for the result files.</summary>
    public required string CommandLine { get; init; }

    public IEnumerable<Variant> VariantsOf(WorkloadSpec workload)
    {
        IEnumerable<Variant> variants = workload.IsPhaseChange ? [Variant.Base, Variant.Default, .. PhasePolicies.Select(Variant.Optpoline)] : [Variant.Base, Variant.Default, Variant.Optpoline(Policy)];
        if (Controls)
        {
            variants = [.. variants, Variant.Hosted, Variant.Disabled];
        }

        return variants;
    }

    public int Children => Runs * Workloads.Sum(w => VariantsOf(w).Count());
}
