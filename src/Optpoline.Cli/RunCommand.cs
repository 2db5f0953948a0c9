using System.CommandLine;
using Optpoline.Cli.Store;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary><c>optpoline run app.dll [--report out.json] [--include NAME]... [--exclude NAME]... [--all] [--profile report.json | --store DIR | --no-store] [--explore N] [--] [args...]</c>.</summary>
internal static class RunCommand
{
    public const string Name = "run";

    public static Command Create(IAnsiConsole summary, TextWriter error)
    {
        var app = new Argument<string>("app") { Description = "The app's main assembly, as 'dotnet app.dll' runs it." };
        var appArgs = new Argument<string[]>("args") { Description = "Arguments for the app. Put them after -- when they look like options.", Arity = ArgumentArity.ZeroOrMore };
        var report = new Option<string?>("--report") { Description = "Also write this run's site report (JSON, as 'optpoline report' reads it; a profile for 'optpoline weave --profile') to this file when the app exits." };
        var include = new Option<string[]>("--include") { Description = "Weave only these assemblies (simple names) or namespaces (prefixes). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave these assemblies or namespaces alone. Repeatable; wins over --include.", AllowMultipleArgumentsPerToken = false };
        var profile = new Option<string?>("--profile") { Description = "Weave from this site report instead of the profile store (which is then neither read nor written): only what it shows pays is woven." };
        var store = new Option<string?>("--store") { Description = $"The profile store's folder (default: ${ProfileStore.Variable}, else {ProfileStore.DefaultFolder})." };
        var noStore = new Option<bool>("--no-store") { Description = "Neither read nor write the profile store: without --profile, only generic virtual calls are woven." };
        var explore = new Option<int>("--explore") { Description = "Sites the stored profile leaves as compiled that this run weaves all the same, to notice a site whose receivers changed (0 to 64).", DefaultValueFactory = _ => Exploration.DefaultBudget };
        var all = AllOption.Create();

        var command = new Command(Name, """
            Run an app with its own assemblies and its NuGet packages woven in memory as they load (the shared frameworks, Microsoft.NETCore.App and any other the app runs on such as Microsoft.AspNetCore.App, are left alone), then print a summary on stderr.
            The app learns across runs: the first run of a build weaves every call and records what each site saw in the profile store; later runs weave only what the stored profile shows pays (baked guards, adaptive sites where receivers changed or several types were hot, generic virtual calls), explore a few sites left as compiled, and merge what they see into the store. A new build of one assembly is learned again on its own.
            The app's output, input and exit code are its own; an app that dies of an unhandled exception still gets its report.

            Exit codes: the app's own, or, before it starts: 2 usage error (no such file), 3 invalid input (not a .NET assembly, not an app, a shared framework that is not installed), 7 the --profile file is not an Optpoline report; 6 the report could not be written (when the app exited with 0).
            """)
        {
            app, appArgs, report, include, exclude, profile, store, noStore, explore, all,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(profile) is { } p && !File.Exists(p))
            {
                result.AddError($"--profile {p}: no such file.");
            }

            if (result.GetValue(profile) is not null && (result.GetValue(store) is not null || result.GetValue(noStore)))
            {
                result.AddError("--profile replaces the profile store: it cannot be used with --store or --no-store.");
            }

            if (result.GetValue(store) is not null && result.GetValue(noStore))
            {
                result.AddError("--store and --no-store cannot be used together.");
            }

            if (result.GetValue(explore) is < 0 or > 64)
            {
                result.AddError("--explore must be 0 to 64.");
            }
        });
        command.SetAction(parse => new RunJob(
            new RunRequest(
                parse.GetValue(app)!,
                parse.GetValue(appArgs) ?? [],
                parse.GetValue(report),
                parse.GetValue(include) ?? [],
                parse.GetValue(exclude) ?? [],
                parse.GetValue(profile),
                parse.GetValue(all),
                parse.GetValue(store),
                parse.GetValue(noStore),
                parse.GetValue(explore)),
            summary,
            error).Run());
        return command;
    }
}
