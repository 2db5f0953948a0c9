namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>Counts of a generic-code differential run, so that it cannot pass without having promoted what it claims to test.</summary>
internal sealed class GenericCodeStatistics
{
    /// <summary>Hierarchies, sites (one per caller instantiation), calls, promoted calls by kind of target.</summary>
    public DiffStatistics Common { get; } = new();

    /// <summary>Generated callers.</summary>
    public int Callers { get; set; }

    /// <summary>Callers whose type declares the parameter the callee is named through (<c>Caller&lt;T&gt;</c>).</summary>
    public int CallersWithTypeParameter { get; set; }

    /// <summary>Callers whose method declares it (<c>Call&lt;T&gt;</c>).</summary>
    public int CallersWithMethodParameter { get; set; }

    /// <summary>Callers with a parameter the callee does not name, so that one callee has several sites.</summary>
    public int CallersWithUnusedParameter { get; set; }

    /// <summary>Callers run at two or more instantiations that share code, their calls interleaved.</summary>
    public int CallersSharingCode { get; set; }

    public int SharedSites { get; set; }

    public int UnsharedSites { get; set; }

    /// <summary>Sites with a receiver that implements the callee's interface only through variance.</summary>
    public int VariantSites { get; set; }

    /// <summary>Sites with a receiver that implements the callee's generic interface at two instantiations.</summary>
    public int TwiceImplementedSites { get; set; }

    public int PromotedInSharedCode { get; set; }

    public int PromotedInUnsharedCode { get; set; }

    /// <summary>Calls whose receiver implements the callee's interface only through variance (the runtime gives such receivers no slot).</summary>
    public int CallsThroughVariance { get; set; }

    /// <summary>Of <see cref="CallsThroughVariance"/>, those a slot took.</summary>
    public int PromotedThroughVariance { get; set; }

    public Dictionary<DiffCase, int> Census { get; } = Enum.GetValues<DiffCase>().ToDictionary(c => c, _ => 0);

    public void CountCensus(IEnumerable<DiffCase> cases)
    {
        foreach (var found in cases)
        {
            Census[found]++;
        }
    }

    public string Summary() => string.Join(Environment.NewLine,
        Common.Summary(),
        $"{Callers} generic callers ({CallersWithTypeParameter} named through the caller's type parameter, {CallersWithMethodParameter} through its method's, "
            + $"{CallersWithUnusedParameter} with a parameter the callee does not name, {CallersSharingCode} run interleaved at instantiations sharing code); "
            + $"sites: {SharedSites} in shared code, {UnsharedSites} in unshared code, {VariantSites} reached through variance, {TwiceImplementedSites} with a receiver implementing the interface twice",
        $"promoted calls: {PromotedInSharedCode} in shared code, {PromotedInUnsharedCode} in unshared code, {PromotedThroughVariance} of {CallsThroughVariance} calls through variance",
        "hierarchies with: " + string.Join(", ", Census.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}")));
}
