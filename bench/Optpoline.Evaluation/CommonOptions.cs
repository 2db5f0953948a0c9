using System.CommandLine;

namespace Optpoline.Evaluation;

/// <summary>The options <c>demo</c> and <c>bench</c> share; <c>demo</c> hides all but the presets.</summary>
internal sealed class CommonOptions
{
    private readonly Option<bool> _quick = new("--quick") { Description = "About a minute: one run, short measurements, one Jint program." };
    private readonly Option<bool> _full = new("--full") { Description = "Longer and more precise: five runs, 3 s + 8 s measurements, every Jint program." };
    private readonly Option<string[]> _workloads = new("--workload") { Description = "A workload to run (repeatable): " + string.Join(", ", WorkloadSpec.All.Select(w => w.Name)) + "; 'jint' for every Jint program, '" + WorkloadSpec.LibrariesSuite + "' for every library workload (no preset runs those).", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _policy = new("--policy") { Description = "The slot policy of the Optpoline variant (lrm, lfu, periodic); the phase-change workload runs every policy unless one is given." };
    private readonly Option<string?> _duration = new("--duration") { Description = "Measured time per child (200ms, 2s, ...); the phase-change workload's phases scale with it." };
    private readonly Option<string?> _warmup = new("--warmup") { Description = "Warm-up per child before measuring." };
    private readonly Option<int?> _runs = new("--runs") { Description = "Runs per variant." };
    private readonly Option<string?> _pgo = new("--pgo") { Description = "Dynamic PGO in the children: on (the runtime's default) or off (DOTNET_TieredPGO=0)." };
    private readonly Option<bool> _controls = new("--controls") { Description = "Also run two controls: hosted by 'optpoline run' but not woven, and woven with the runtime off (OPTPOLINE_ENABLED=0)." };
    private readonly Option<string?> _json = new("--json") { Description = "Write every measurement and the tables' figures to this JSON file." };
    private readonly Option<string?> _charts = new("--charts") { Description = "Write PNG charts into this folder." };
    private readonly Option<string?> _markdown = new("--markdown") { Description = "Write the tables and the hottest sites as markdown to this file." };
    private readonly Option<string?> _replot = new("--replot") { Description = "Measure nothing: draw the charts (--charts) and the markdown (--markdown) again from a --json file.", Hidden = true };

    /// <summary>The --json file to draw again from, when given.</summary>
    public string? Replot(ParseResult parse) => parse.GetValue(_replot);

    public CommonOptions(bool hidden)
    {
        foreach (var option in new Option[] { _workloads, _policy, _duration, _warmup, _runs, _pgo, _controls, _json, _charts, _markdown })
        {
            option.Hidden = hidden;
        }
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _quick, _full, _workloads, _policy, _duration, _warmup, _runs, _pgo, _controls, _json, _charts, _markdown, _replot })
        {
            command.Options.Add(option);
        }
    }

    public EvaluationOptions Read(ParseResult parse, string commandName)
    {
        var quick = parse.GetValue(_quick);
        var full = parse.GetValue(_full);
        if (quick && full)
        {
            throw new UsageException("--quick and --full do not go together.");
        }

        var preset = quick ? Preset.Quick : full ? Preset.Full : Preset.Default;
        var workloads = preset.Workloads;
        var selected = parse.GetValue(_workloads) ?? [];
        if (selected.Length > 0)
        {
            workloads = [.. selected.SelectMany(Select).Distinct()];
        }

        var policy = parse.GetValue(_policy);
        if (policy is not null && !Variant.Policies.Contains(policy))
        {
            throw new UsageException($"--policy is one of {string.Join(", ", Variant.Policies)}, not '{policy}'.");
        }

        var pgo = parse.GetValue(_pgo) switch
        {
            null or "on" => true,
            "off" => false,
            var other => throw new UsageException($"--pgo is on or off, not '{other}'."),
        };
        var runs = parse.GetValue(_runs) ?? preset.Runs;
        if (runs < 1)
        {
            throw new UsageException("--runs must be at least 1.");
        }

        var measured = parse.GetValue(_duration) is { } duration ? DurationText.Parse(duration) : preset.Measured;
        var warmup = parse.GetValue(_warmup) is { } warm ? DurationText.Parse(warm) : preset.Warmup;
        var phase = parse.GetValue(_duration) is null ? preset.Phase : TimeSpan.FromTicks(Math.Min(preset.Phase.Ticks, measured.Ticks / 3));
        var phaseMeasured = parse.GetValue(_duration) is null ? preset.PhaseMeasured : phase * 3;
        return new EvaluationOptions
        {
            Preset = preset.Name,
            Workloads = workloads,
            Policy = policy ?? "lrm",
            PhasePolicies = policy is null ? Variant.Policies : [policy],
            Runs = runs,
            Warmup = warmup,
            Measured = measured,
            Phase = phase,
            PhaseMeasured = phaseMeasured,
            Pgo = pgo,
            Controls = parse.GetValue(_controls),
            JsonPath = parse.GetValue(_json),
            ChartsDirectory = parse.GetValue(_charts),
            MarkdownPath = parse.GetValue(_markdown),
            CommandLine = EvaluationCommand.Invocation + " " + commandName + " " + string.Join(' ', parse.Tokens.Where(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value)),
        };
    }

    private static IEnumerable<WorkloadSpec> Select(string name) => name switch
    {
        "jint" => WorkloadSpec.All.Where(w => w.JintProgram is not null),
        WorkloadSpec.LibrariesSuite => WorkloadSpec.Libraries,
        _ => [WorkloadSpec.Find(name) ?? throw new UsageException($"no workload '{name}'; the workloads are {string.Join(", ", WorkloadSpec.All.Select(w => w.Name))}, 'jint' for all Jint programs and '{WorkloadSpec.LibrariesSuite}' for all library workloads.")],
    };
}
