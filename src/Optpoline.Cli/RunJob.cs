using System.Reflection;
using Optpoline.Cli.Store;
using Optpoline.Rewriter;
using Optpoline.Rewriter.Baking;
using Optpoline.Rewriter.Loading;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>
/// Carries out <c>optpoline run</c>: checks the app, loads it in a <see cref="WeavingLoadContext"/>,
/// runs its entry point in this process, and writes the site report when it is done.
/// </summary>
/// <remarks>
/// The app runs in the command's own process, so its sites report to the Optpoline runtime the
/// command already holds. Before <c>Main</c> runs, the process is made to look like the app's as far
/// as it can be after start-up: the app's <c>runtimeconfig.json</c> properties are published through
/// <see cref="AppContext"/>, <see cref="AppContext.BaseDirectory"/> is the app's folder,
/// <see cref="Assembly.GetEntryAssembly"/> is the app, and contextual reflection points at the app's
/// context. What the host fixes at start-up (GC mode, globalization mode, tiered compilation,
/// <see cref="Environment.GetCommandLineArgs"/>) stays the command's.
/// </remarks>
internal sealed class RunJob(RunRequest request, IAnsiConsole summary, TextWriter error)
{
    public int Run()
    {
        var path = Path.GetFullPath(request.App);
        AppManifest manifest;
        try
        {
            manifest = AppManifest.Read(path);
        }
        catch (WeaveException e)
        {
            error.WriteLine("optpoline: error: " + e.Message);
            return ExitCodes.For(e.Error);
        }

        var (frameworks, unsupported) = manifest.Resolve(Environment.Version);
        if (unsupported is not null)
        {
            error.WriteLine("optpoline: error: " + unsupported);
            return ExitCodes.InvalidInput;
        }

        var store = request.Profile is null && !request.NoStore ? ProfileStore.For(path, request.StoreFolder) : null;
        var stored = store?.Load(error);
        BakeProfile? profile;
        try
        {
            profile = request.Profile is { } profilePath ? BakeProfile.Load(profilePath)
                : stored is not null ? BakeProfile.FromReport(stored.Report) : null;
        }
        catch (WeaveException e)
        {
            error.WriteLine("optpoline: error: " + e.Message);
            return ExitCodes.For(e.Error);
        }

        // With the store, a run learns: assemblies the stored profile does not cover (this build) are
        // woven whole, the others from the profile, plus a few of their sites to explore.
        var scope = request.All ? WeaveScope.All : store is not null ? WeaveScope.Learning : WeaveScope.Profitable;
        var explore = stored?.Ledger is { } ledger ? Exploration.Pick(stored.Report, ledger, request.Explore) : new HashSet<(string, string, int)>();
        var context = new WeavingLoadContext(path, new WeaveOptions { Include = request.Include, Exclude = request.Exclude, Profile = profile, Scope = scope, Explore = explore }, frameworks);
        Assembly app;
        try
        {
            app = context.LoadApp();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            error.WriteLine($"optpoline: error: {Path.GetFileName(path)} cannot be loaded: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        if (app.EntryPoint is not { } main)
        {
            error.WriteLine($"optpoline: error: {Path.GetFileName(path)} has no entry point.");
            return ExitCodes.InvalidInput;
        }

        Publish(manifest, app);
        var exit = new ExitReport(new ExitReport.Destinations(request.ReportPath, store, explore), app.GetName().Name!, context, summary, error);
        AppDomain.CurrentDomain.ProcessExit += exit.OnProcessExit;
        AppDomain.CurrentDomain.UnhandledException += exit.OnUnhandledException;
        try
        {
            (int ExitCode, Exception? Unhandled) outcome;
            using (context.EnterContextualReflection())
            {
                outcome = EntryPoint.Run(main, [.. request.AppArgs]);
            }

            if (outcome.Unhandled is { } unhandled)
            {
                // As the runtime prints it, before it aborts the process.
                error.WriteLine(EntryPoint.Describe(unhandled));
            }

            return exit.Write(outcome.ExitCode, outcome.Unhandled is null ? null : "died of an unhandled exception");
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= exit.OnProcessExit;
            AppDomain.CurrentDomain.UnhandledException -= exit.OnUnhandledException;
        }
    }

    private static void Publish(AppManifest manifest, Assembly app)
    {
        foreach (var (key, value) in manifest.Properties)
        {
            AppContext.SetData(key, value);
        }

        var folder = Path.GetDirectoryName(manifest.Path)!;
        AppContext.SetData("APP_CONTEXT_BASE_DIRECTORY", folder + Path.DirectorySeparatorChar);
        var deps = Path.ChangeExtension(manifest.Path, ".deps.json");
        if (File.Exists(deps))
        {
            AppContext.SetData("APP_CONTEXT_DEPS_FILES", deps);
        }

        Assembly.SetEntryAssembly(app);
    }
}
