using System.CommandLine;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary><c>optpoline run app.dll [--report out.json] [--include NAME]... [--exclude NAME]... [--profile report.json [--only-profitable]] [--] [args...]</c>.</summary>
internal static class RunCommand
{
    public const string Name = "run";

    public static Command Create(IAnsiConsole summary, TextWriter error)
    {
        var app = new Argument<string>("app") { Description = "The app's main assembly, as 'dotnet app.dll' runs it." };
        var appArgs = new Argument<string[]>("args") { Description = "Arguments for the app. Put them after -- when they look like options.", Arity = ArgumentArity.ZeroOrMore };
        var report = new Option<string?>("--report") { Description = "Write the site report (JSON, as 'optpoline report' reads it) to this file when the app exits." };
        var include = new Option<string[]>("--include") { Description = "Weave only these assemblies (simple names) or namespaces (prefixes). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave these assemblies or namespaces alone. Repeatable; wins over --include.", AllowMultipleArgumentsPerToken = false };
        var profile = new Option<string?>("--profile") { Description = "A site report recorded from these builds: stable sites get inline guards for their hot receiver types." };
        var onlyProfitable = OnlyProfitableOption.Create();

        var command = new Command(Name, """
            Run an app with its own assemblies and its NuGet packages woven in memory as they load (the shared framework is left alone), then write the site report and print a summary on stderr.
            The app's output, input and exit code are its own; an app that dies of an unhandled exception still gets its report.

            Exit codes: the app's own, or, before it starts: 2 usage error (no such file), 3 invalid input (not a .NET assembly, not an app, a framework other than Microsoft.NETCore.App); 6 the report could not be written (when the app exited with 0).
            """)
        {
            app, appArgs, report, include, exclude, profile, onlyProfitable,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(profile) is { } p && !File.Exists(p))
            {
                result.AddError($"--profile {p}: no such file.");
            }

            OnlyProfitableOption.Validate(result, onlyProfitable, profile);
        });
        command.SetAction(parse => new RunJob(
            new RunRequest(
                parse.GetValue(app)!,
                parse.GetValue(appArgs) ?? [],
                parse.GetValue(report),
                parse.GetValue(include) ?? [],
                parse.GetValue(exclude) ?? [],
                parse.GetValue(profile),
                parse.GetValue(onlyProfitable)),
            summary,
            error).Run());
        return command;
    }
}
