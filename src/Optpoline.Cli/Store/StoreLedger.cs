namespace Optpoline.Cli.Store;

/// <summary>What the profile store keeps beside the profile: whose it is, how many runs it has seen, and when each site was last woven.</summary>
internal sealed record StoreLedger
{
    /// <summary>The format this build reads and writes; a store of a later format is left alone.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The app's main assembly, as its full path: the store is this app's, at this place.</summary>
    public required string App { get; init; }

    /// <summary>Runs merged into the store so far.</summary>
    public int Runs { get; init; }

    /// <summary>
    /// By site (<see cref="ProfileMerge.OriginKey"/>): the last run that wove it (adaptively or
    /// baked, or to explore it). Exploration picks the sites woven longest ago first.
    /// </summary>
    public Dictionary<string, int> LastWoven { get; init; } = [];
}
