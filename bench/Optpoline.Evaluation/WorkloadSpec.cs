namespace Optpoline.Evaluation;

/// <summary>A workload of the evaluation: its name (as the runner and the table give it) and what it is.</summary>
internal sealed record WorkloadSpec(string Name, string Description)
{
    public const string PhaseChange = "phase-change";

    private const string JintPrefix = "jint-";

    public static readonly IReadOnlyList<string> JintPrograms = ["fib", "objects", "strings", "sort", "simulation", "functional"];

    /// <summary>The name that selects every library workload (<c>--workload libraries</c>).</summary>
    public const string LibrariesSuite = "libraries";

    /// <summary>The built-in workloads, in table order: what the presets run.</summary>
    public static readonly IReadOnlyList<WorkloadSpec> BuiltIn =
    [
        new("kv-ycsb-a", "key-value server, YCSB A (50/50), in process"),
        new("kv-ycsb-b", "key-value server, YCSB B (95/5), in process"),
        new("kv-tcp", "key-value server, YCSB A over loopback TCP"),
        new("pipeline", "HTTP-like request pipeline (shop API)"),
        new("fs", "file-system layer, dbench-like load"),
        .. JintPrograms.Select(p => new WorkloadSpec(JintPrefix + p, $"Jint running {p}.js")),
        new(PhaseChange, "event-sourced ledger, hot types change every phase"),
    ];

    /// <summary>
    /// The library workloads (samples/Optpoline.Workloads.Libraries), in table order: the packages
    /// applications run, each under a fixed script. No preset runs them; <c>--workload libraries</c>
    /// selects them all.
    /// </summary>
    public static readonly IReadOnlyList<WorkloadSpec> Libraries =
    [
        new("log-serilog-disabled", "Serilog, debug calls below the minimum level"),
        new("log-serilog-enabled", "Serilog, information events to a sink, enriched"),
        new("log-mel", "Microsoft.Extensions.Logging, two providers, [LoggerMessage]"),
        new("msgpack", "MessagePack round trips, standard resolver"),
        new("mediator-mediatr", "MediatR 5 Send through a pipeline behaviour"),
        new("mediator-sourcegen", "source-generated Mediator Send through a behaviour"),
        new("polly-pipeline", "Polly pipeline of four strategies, sync and async"),
        new("json-stj", "System.Text.Json round trips (framework, not woven)"),
    ];

    /// <summary>Every workload: the built-in ones, then the library workloads.</summary>
    public static IReadOnlyList<WorkloadSpec> All { get; } = [.. BuiltIn, .. Libraries];

    public bool IsPhaseChange => Name == PhaseChange;

    /// <summary>The JavaScript program, for a Jint workload; null for the others.</summary>
    public string? JintProgram => Name.StartsWith(JintPrefix, StringComparison.Ordinal) ? Name[JintPrefix.Length..] : null;

    public static WorkloadSpec? Find(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
}
