using System.Text.Json;
using System.Text.Json.Serialization;

namespace Optpoline.Evaluation;

/// <summary>Everything an evaluation measured, as <c>--json</c> writes it.</summary>
internal sealed record EvaluationReport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public required MachineInfo Machine { get; init; }

    public required string CommandLine { get; init; }

    public required string Preset { get; init; }

    public required int Runs { get; init; }

    public required double WarmupSeconds { get; init; }

    public required double MeasuredSeconds { get; init; }

    public required double PhaseSeconds { get; init; }

    public required bool Pgo { get; init; }

    public required IReadOnlyList<WorkloadRow> Rows { get; init; }

    public required IReadOnlyList<PhaseFigures> Phases { get; init; }

    /// <summary>Children that failed, and rows whose builds disagree.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    public required IReadOnlyList<Sample> Samples { get; init; }

    public static EvaluationReport Create(EvaluationOptions options, MachineInfo machine, IReadOnlyList<Sample> samples, IReadOnlyList<string> failures)
    {
        var rows = new List<WorkloadRow>();
        var problems = new List<string>(failures);
        foreach (var workload in options.Workloads)
        {
            foreach (var variant in options.VariantsOf(workload).Where(v => !v.IsBase))
            {
                if (!samples.Any(s => s.Workload == workload.Name && s.Variant == variant.Name) || !samples.Any(s => s.Workload == workload.Name && s.Variant == Variant.Base.Name))
                {
                    problems.Add($"{workload.Name} ({variant.Name}): no measurement");
                    continue;
                }

                var row = WorkloadRow.Create(workload, variant, samples);
                rows.Add(row);
                if (!row.ChecksumsAgree)
                {
                    problems.Add($"{row.Label}: the builds disagree: {string.Join(" / ", row.Checksums)}");
                }
            }
        }

        var phase = options.Workloads.FirstOrDefault(w => w.IsPhaseChange);
        return new EvaluationReport
        {
            Machine = machine,
            CommandLine = options.CommandLine,
            Preset = options.Preset,
            Runs = options.Runs,
            WarmupSeconds = options.Warmup.TotalSeconds,
            MeasuredSeconds = options.Measured.TotalSeconds,
            PhaseSeconds = options.Phase.TotalSeconds,
            Pgo = options.Pgo,
            Rows = rows,
            Phases = phase is null ? [] : [.. options.VariantsOf(phase).Where(v => !v.IsBase).Select(v => PhaseFigures.Analyze(v.Name, samples))],
            Problems = problems,
            Samples = samples,
        };
    }
}
