namespace Optpoline.Evaluation;

/// <summary>A workload of the evaluation: its name (as the runner and the table give it) and what it is.</summary>
internal sealed record WorkloadSpec(string Name, string Description)
{
    public const string PhaseChange = "phase-change";

    private const string JintPrefix = "jint-";

    public static readonly IReadOnlyList<string> JintPrograms = ["fib", "objects", "strings", "sort", "simulation", "functional"];

    /// <summary>Every workload, in table order.</summary>
    public static readonly IReadOnlyList<WorkloadSpec> All =
    [
        new("kv-ycsb-a", "key-value server, YCSB A (50/50), in process"),
        new("kv-ycsb-b", "key-value server, YCSB B (95/5), in process"),
        new("kv-tcp", "key-value server, YCSB A over loopback TCP"),
        new("pipeline", "HTTP-like request pipeline (shop API)"),
        new("fs", "file-system layer, dbench-like load"),
        .. JintPrograms.Select(p => new WorkloadSpec(JintPrefix + p, $"Jint running {p}.js")),
        new(PhaseChange, "event-sourced ledger, hot types change every phase"),
    ];

    public bool IsPhaseChange => Name == PhaseChange;

    /// <summary>The JavaScript program, for a Jint workload; null for the others.</summary>
    public string? JintProgram => Name.StartsWith(JintPrefix, StringComparison.Ordinal) ? Name[JintPrefix.Length..] : null;

    public static WorkloadSpec? Find(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
}
