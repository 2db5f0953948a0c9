namespace Optpoline.Cli;

/// <summary>The <c>run</c> command's arguments.</summary>
internal sealed record RunRequest(
    string App,
    IReadOnlyList<string> AppArgs,
    string? ReportPath,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    string? Profile = null,
    bool All = false,
    string? StoreFolder = null,
    bool NoStore = false,
    int Explore = Store.Exploration.DefaultBudget);
