using System.CommandLine;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary><c>optpoline weave &lt;in.dll | folder&gt; [-o out] [--include NAME]... [--exclude NAME]... [--in-place] [--key file.snk] [--all] [--profile report.json [--max-guards N] [--leave-monomorphic]]</c>.</summary>
internal static class WeaveCommand
{
    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "An assembly (.dll) or a folder of them, such as an app's build output." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file or folder. Default: woven/<name>.dll beside an input file; <folder>.woven for a folder." };
        var include = new Option<string[]>("--include") { Description = "Weave only these assemblies (simple names) or namespaces (prefixes). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave these assemblies or namespaces alone. Repeatable; wins over --include.", AllowMultipleArgumentsPerToken = false };
        var inPlace = new Option<bool>("--in-place") { Description = "Overwrite the input (each file is replaced atomically)." };
        var key = new Option<string?>("--key") { Description = "Strong-name key (.snk) to re-sign strong-named assemblies with." };
        var references = new Option<string[]>("--reference", "-r") { Description = "Extra folder where the input's dependencies are. Repeatable.", AllowMultipleArgumentsPerToken = false };
        var profile = new Option<string?>("--profile") { Description = "A site report recorded from this build ('optpoline run --report', or a profile store file), or the app's main assembly (.dll) for its profile store: stable sites get inline guards for their hot receiver types ahead of the adaptive site, and only what the profile shows pays is woven." };
        var leaveMonomorphic = new Option<bool>("--leave-monomorphic") { Description = "With --profile --all: leave sites whose profile shows one type in 95 % or more of calls unwoven, to the JIT's own guess (without --all, such sites are always left so)." };
        var all = AllOption.Create();
        var maxGuards = new Option<int?>("--max-guards") { Description = "With --profile: the most guards baked into one site (1 to 8; default 3)." };

        var command = new Command("weave", "Rewrite the calls of assemblies that pay to promote so they go through learning Optpoline call sites: with --profile, what the profile shows pays (baked guards, adaptive sites); without one, generic virtual calls. --all weaves every call.\n\n" + ExitCodes.Help)
        {
            input, output, include, exclude, inPlace, key, references, profile, maxGuards, leaveMonomorphic, all,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(inPlace) && result.GetValue(output) is not null)
            {
                result.AddError("--in-place and --output cannot be used together.");
            }

            if (result.GetValue(key) is { } k && !File.Exists(k))
            {
                result.AddError($"--key {k}: no such file.");
            }

            if (result.GetValue(profile) is { } p && !File.Exists(Store.ProfileStore.ProfilePath(p)))
            {
                result.AddError(p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                    ? $"--profile {p}: no profile store at {Store.ProfileStore.ProfilePath(p)}; 'optpoline run {p}' makes one."
                    : $"--profile {p}: no such file.");
            }

            if (result.GetValue(maxGuards) is < 1 or > 8)
            {
                result.AddError("--max-guards must be 1 to 8.");
            }
        });
        command.SetAction(parse => new WeaveJob(
            new WeaveRequest(
                parse.GetValue(input)!,
                parse.GetValue(output),
                parse.GetValue(inPlace),
                parse.GetValue(include) ?? [],
                parse.GetValue(exclude) ?? [],
                parse.GetValue(key),
                parse.GetValue(references) ?? [],
                parse.GetValue(profile),
                parse.GetValue(maxGuards) ?? 3,
                parse.GetValue(leaveMonomorphic),
                parse.GetValue(all)),
            console,
            error).Run());
        return command;
    }
}
