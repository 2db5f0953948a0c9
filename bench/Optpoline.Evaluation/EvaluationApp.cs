using System.CommandLine;
using Spectre.Console;

namespace Optpoline.Evaluation;

/// <summary>
/// The evaluation's command line: <c>demo</c> and <c>bench</c>. <see cref="Run"/> takes its writers,
/// so tests can run the real command in-process and read what it printed.
/// </summary>
internal static class EvaluationApp
{
    /// <summary>Runs the command line <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var console = ConsoleFor(output);

        var root = new RootCommand("The evaluation of Optpoline: the built-in workloads, each as ordinary code on the plain build and under 'optpoline run', in processes of their own. Run it from the repository: " + EvaluationCommand.Invocation + " demo");
        root.Subcommands.Add(EvaluationCommand.CreateDemo(console));
        root.Subcommands.Add(EvaluationCommand.CreateBench(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("evaluation: " + parseError.Message);
            }

            error.WriteLine("Run with --help for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine("evaluation: " + e.Message);
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The command's last line of defence: report, never crash with a stack dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"evaluation: unexpected failure: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        var console = writer == Console.Out ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) }) : AnsiConsole.Create(new AnsiConsoleSettings
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
