namespace Optpoline.Rewriter;

/// <summary>What weaving one assembly did.</summary>
public sealed record WeaveResult
{
    /// <summary>The assembly's simple name.</summary>
    public required string AssemblyName { get; init; }

    /// <summary>The MVID of the build that was woven (of the original, for an assembly woven before): what a profile's sites are matched against.</summary>
    public Guid ModuleVersionId { get; init; }

    /// <summary>Where the woven assembly was written (null when nothing was written).</summary>
    public string? OutputPath { get; init; }

    /// <summary>Every <c>callvirt</c> examined.</summary>
    public required int SitesFound { get; init; }

    /// <summary>Sites routed through an Optpoline call site.</summary>
    public required int SitesRewritten { get; init; }

    /// <summary>Of <see cref="SitesRewritten"/>, delegate invocations (<c>callvirt D::Invoke</c>).</summary>
    public int DelegateSitesRewritten { get; init; }

    /// <summary>Of <see cref="SitesRewritten"/>, <c>constrained.</c> calls in generic code.</summary>
    public int ConstrainedSitesRewritten { get; init; }

    /// <summary>
    /// Of <see cref="SitesRewritten"/>, calls in generic code whose callee (or delegate type) is named
    /// through the caller's type parameters: each instantiation of the caller gets a site of its own.
    /// </summary>
    public int GenericSitesRewritten { get; init; }

    /// <summary>Sites left as they were, by reason.</summary>
    public required IReadOnlyDictionary<SkipReason, int> Skipped { get; init; }

    /// <summary>Of <see cref="Skipped"/>, the calls in generic code (as <see cref="GenericSitesRewritten"/> counts them), by reason.</summary>
    public IReadOnlyDictionary<SkipReason, int> GenericSitesSkipped { get; init; } = new Dictionary<SkipReason, int>();

    /// <summary>How the assembly was woven, in a few words (see <see cref="WeaveScope"/>): every call, from the profile, generic virtual calls only.</summary>
    public string Mode { get; init; } = "";

    /// <summary>Of <see cref="SitesRewritten"/>, sites woven adaptively to be explored although the profile showed no gain for them (<see cref="WeaveOptions.Explore"/>).</summary>
    public int SitesExplored { get; init; }

    /// <summary>Sites that got guards baked from the profile.</summary>
    public int SitesBaked { get; init; }

    /// <summary>Of <see cref="SitesBaked"/>, generic virtual calls in generic code, whose guards hold for every instantiation.</summary>
    public int GenericSitesBaked { get; init; }

    /// <summary>Guards baked, over all baked sites.</summary>
    public int GuardsBaked { get; init; }

    /// <summary>Sites (or single types of a site) the profile named but that were not baked, by reason.</summary>
    public IReadOnlyDictionary<Baking.BakeRejection, int> BakeRejected { get; init; } = new Dictionary<Baking.BakeRejection, int>();

    /// <summary>Debug symbols were read and written back (stack traces keep their lines).</summary>
    public bool SymbolsKept { get; init; }

    /// <summary>The input was strong-named: its signature no longer matches unless <see cref="Resigned"/>.</summary>
    public bool StrongNamed { get; init; }

    /// <summary>The output was signed again with the given key.</summary>
    public bool Resigned { get; init; }

    /// <summary>Things the user should know (for example a signature that is no longer valid).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Skipped sites with one reason (0 when none).</summary>
    public int SkippedFor(SkipReason reason) => Skipped.TryGetValue(reason, out var n) ? n : 0;
}
