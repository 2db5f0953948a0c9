using System.Text;
using Optpoline.Rewriter.Loading;
using Optpoline.Rewriter.Output;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>
/// Writes the site report and prints the summary once, whichever way the app ends: <c>Main</c>
/// returns or throws (<see cref="Write"/>), the app calls <see cref="Environment.Exit"/>
/// (<see cref="OnProcessExit"/>), or another thread dies of an unhandled exception
/// (<see cref="OnUnhandledException"/>, before the runtime aborts the process).
/// </summary>
internal sealed class ExitReport(string? reportPath, string appName, WeavingLoadContext context, IAnsiConsole summary, TextWriter error)
{
    private int _written;

    /// <summary>Writes the report unless it was written already; returns the exit code the command should end with.</summary>
    public int Write(int exitCode, string? how = null)
    {
        if (Interlocked.Exchange(ref _written, 1) != 0)
        {
            return exitCode;
        }

        var report = OptpolineRuntime.Report();
        var failed = false;
        if (reportPath is not null)
        {
            try
            {
                AtomicFile.WriteAllBytes(Path.GetFullPath(reportPath), Encoding.UTF8.GetBytes(report.ToJson()));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"optpoline: error: the report could not be written to {reportPath}: {e.Message}");
                failed = true;
            }
        }

        RunSummary.Write(summary, appName, how ?? $"exited with {exitCode}", context.Loaded, report, failed ? null : reportPath);
        return failed && exitCode == ExitCodes.Ok ? ExitCodes.Io : exitCode;
    }

    public void OnProcessExit(object? sender, EventArgs e) => Write(Environment.ExitCode, $"exited with {Environment.ExitCode} before Main returned");

    public void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Write(ExitCodes.UnhandledException, "died of an unhandled exception");
}
