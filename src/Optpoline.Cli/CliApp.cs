using System.CommandLine;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>
/// The <c>optpoline</c> command line. <see cref="Run"/> takes its writers, so tests run the real
/// command in-process and read what it printed.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var console = ConsoleFor(output, Console.Out);

        // 'run' prints its summary on stderr: stdout belongs to the app.
        var errorConsole = ConsoleFor(error, Console.Error);

        var root = new RootCommand("Optpoline: dynamic indirect call promotion for .NET. Weave assemblies so that their virtual calls learn their hot receiver types at run time, or run an app woven as it loads.\n\n" + ExitCodes.Help);
        root.Subcommands.Add(WeaveCommand.Create(console, error));
        root.Subcommands.Add(ReportCommand.Create(console, error));
        root.Subcommands.Add(RunCommand.Create(errorConsole, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("optpoline: " + parseError.Message);
            }

            if (parsed.CommandResult.Command.Name == RunCommand.Name && parsed.UnmatchedTokens.Any(t => t.StartsWith('-')))
            {
                error.WriteLine("Options for the app go after --: optpoline run app.dll [options] -- [app args].");
            }

            error.WriteLine("Run 'optpoline --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine("optpoline: " + e.Message);
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The command's last line of defence: report, never crash with a stack dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"optpoline: unexpected failure: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static IAnsiConsole ConsoleFor(TextWriter writer, TextWriter standard)
    {
        var console = writer == standard ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) }) : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected to a file or a CI log: no terminal width to respect, and wrapped names are hard to grep.
            console.Profile.Width = 160;
        }

        return console;
    }
}
