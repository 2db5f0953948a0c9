namespace Optpoline.Evaluation;

/// <summary>A workload of the evaluation: which child measures it, and how it is named in the table.</summary>
internal sealed record WorkloadSpec(string Name, string Description, WorkloadHost Host, string Argument)
{
    public const string PhaseChange = "phase-change";

    public static readonly IReadOnlyList<string> JintPrograms = ["fib", "objects", "strings", "sort", "simulation", "functional"];

    /// <summary>Every workload, in table order.</summary>
    public static readonly IReadOnlyList<WorkloadSpec> All =
    [
        new("kv-ycsb-a", "key-value server, YCSB A (50/50), in process", WorkloadHost.Runner, "kv-ycsb-a"),
        new("kv-ycsb-b", "key-value server, YCSB B (95/5), in process", WorkloadHost.Runner, "kv-ycsb-b"),
        new("kv-tcp", "key-value server, YCSB A over loopback TCP", WorkloadHost.Runner, "kv-tcp"),
        new("pipeline", "HTTP-like request pipeline (shop API)", WorkloadHost.Runner, "pipeline"),
        new("fs", "file-system layer, dbench-like load", WorkloadHost.Runner, "fs"),
        .. JintPrograms.Select(p => new WorkloadSpec("jint-" + p, $"Jint running {p}.js", WorkloadHost.Jint, p)),
        new(PhaseChange, "event-sourced ledger, hot types change every phase", WorkloadHost.Runner, PhaseChange),
    ];

    public bool IsPhaseChange => Name == PhaseChange;

    public static WorkloadSpec? Find(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
}
