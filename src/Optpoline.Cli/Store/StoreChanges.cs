namespace Optpoline.Cli.Store;

/// <summary>What one run added to the profile store, for the run summary.</summary>
/// <param name="Run">The run's number in the store (1 for the first run of the app).</param>
/// <param name="NewSites">Sites the store did not know that ran this time.</param>
/// <param name="Relearned">Known sites whose hottest receiver type changed: the next run weaves from what this run saw.</param>
/// <param name="Stale">Sites whose baked guards stopped hitting (the adaptive site behind them took the calls): the next run bakes what this run saw.</param>
/// <param name="Rebuilt">Assemblies loaded in a new build: their old sites were dropped and they are learned again.</param>
/// <param name="Sites">Sites in the store after the merge.</param>
internal sealed record StoreChanges(int Run, int NewSites, int Relearned, int Stale, IReadOnlyList<string> Rebuilt, int Sites);
