using System.CommandLine;
using Spectre.Console;

namespace Optpoline.Evaluation;

/// <summary>
/// <c>demo</c> (the built-in workloads at a preset size, a table) and <c>bench</c> (the same, with
/// every option: workloads, policy, duration, runs, PGO, JSON, charts).
/// </summary>
internal static class EvaluationCommand
{
    /// <summary>How the evaluation is run from the repository: what the result files give as their command line.</summary>
    public const string Invocation = "dotnet run -c Release --project bench/Optpoline.Evaluation --";

    public const string DemoName = "demo";
    public const string BenchName = "bench";

    public static Command CreateDemo(IAnsiConsole console)
    {
        var options = new CommonOptions(hidden: true);
        var command = new Command(DemoName, """
            Run the built-in workloads (a key-value server under YCSB A and B, in process and over loopback TCP; an HTTP-like request pipeline; a file-system layer under a dbench-like load; Jint; a workload whose hot types change) on the plain build and woven by Optpoline, each in its own process, interleaved and repeated; print throughput, ratio, promoted sites and whether both builds computed the same results.
            Default: about 4 minutes on 2 cores. --quick: about a minute. --full: about half an hour, more precise.
            """);
        options.AddTo(command);
        command.SetAction(parse => new EvaluationRun(options.Read(parse, DemoName), console).Execute());
        return command;
    }

    public static Command CreateBench(IAnsiConsole console)
    {
        var options = new CommonOptions(hidden: false);
        var command = new Command(BenchName, """
            The demo's evaluation with every option: choose workloads (the built-in ones, and the library workloads: Serilog, Microsoft.Extensions.Logging, MessagePack, MediatR, Mediator, Polly, System.Text.Json, with --workload libraries), the policy, the duration, runs and PGO; write the results as JSON, as a markdown table, and PNG charts (the ratio per workload, the phase-change workload's throughput over time and around each change).
            """);
        options.AddTo(command);
        command.SetAction(parse => options.Replot(parse) is { } json
            ? EvaluationRun.Redraw(options.Read(parse, BenchName), json, console)
            : new EvaluationRun(options.Read(parse, BenchName), console).Execute());
        return command;
    }
}
