namespace Optpoline.Tests.Delegates;

/// <summary>Counts of a delegate differential run, so that it cannot pass without having promoted anything.</summary>
internal sealed class DelegateStatistics
{
    public int Sites { get; set; }

    public int SitesWithPromotableKinds { get; set; }

    public int SitesWithPromotedCalls { get; set; }

    public int Calls { get; set; }

    /// <summary>Calls with a delegate a slot may take (not multicast, dynamic or a wrapper).</summary>
    public int PromotableCalls { get; set; }

    /// <summary>Calls made while the site ran a dispatcher with a slot for the delegate.</summary>
    public int PromotedCalls { get; set; }

    public Dictionary<string, int> PromotedByKind { get; } = [];

    public string Summary() =>
        $"{Sites} sites ({SitesWithPromotedCalls} with promoted calls), {Calls} calls, {PromotableCalls} promotable, {PromotedCalls} promoted; "
        + $"by kind: {string.Join(", ", PromotedByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))}";
}
