using System.Text;
using Optpoline.Cli.Store;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Baking;
using Optpoline.Rewriter.Loading;
using Optpoline.Rewriter.Output;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>
/// Writes the site report, merges it into the profile store and prints the summary once, whichever
/// way the app ends: <c>Main</c> returns or throws (<see cref="Write"/>), the app calls
/// <see cref="Environment.Exit"/> (<see cref="OnProcessExit"/>), or another thread dies of an
/// unhandled exception (<see cref="OnUnhandledException"/>, before the runtime aborts the process).
/// </summary>
internal sealed class ExitReport(ExitReport.Destinations to, string appName, WeavingLoadContext context, IAnsiConsole summary, TextWriter error)
{
    private int _written;

    /// <summary>Where the run's report goes: a file, the profile store (with the sites explored), or neither.</summary>
    public sealed record Destinations(string? ReportPath, ProfileStore? Store, IReadOnlySet<(string Assembly, string Caller, int ILOffset)> Explored);

    /// <summary>Writes the report unless it was written already; returns the exit code the command should end with.</summary>
    public int Write(int exitCode, string? how = null)
    {
        if (Interlocked.Exchange(ref _written, 1) != 0)
        {
            return exitCode;
        }

        var report = OptpolineRuntime.Report();
        var weaving = context.Loaded.Where(a => a.Result is not null).Select(a => a.Result!).ToList();
        var failed = false;
        if (to.ReportPath is { } reportPath)
        {
            try
            {
                AtomicFile.WriteAllBytes(Path.GetFullPath(reportPath), Encoding.UTF8.GetBytes(new RunRecord(report, weaving, null).ToJson()));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"optpoline: error: the report could not be written to {reportPath}: {e.Message}");
                failed = true;
            }
        }

        var explored = to.Explored.Select(e => ProfileMerge.OriginKey(e.Assembly, e.Caller, e.ILOffset));
        var changes = to.Store?.Save(report, weaving, explored, new BakeSettings().MinSampledCalls, error);
        RunSummary.Write(summary, appName, how ?? $"exited with {exitCode}", context.Loaded, report, failed ? null : to.ReportPath, to.Store is null ? null : (to.Store.FilePath, changes));
        return failed && exitCode == ExitCodes.Ok ? ExitCodes.Io : exitCode;
    }

    public void OnProcessExit(object? sender, EventArgs e) => Write(Environment.ExitCode, $"exited with {Environment.ExitCode} before Main returned");

    public void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Write(ExitCodes.UnhandledException, "died of an unhandled exception");
}
