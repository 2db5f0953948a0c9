namespace Optpoline.Rewriter.Baking;

/// <summary>
/// When a site's recorded profile is stable enough to bake, and how much of it to bake.
/// </summary>
/// <remarks>
/// "Stable" means, all of: the site was sampled at least <see cref="MinSampledCalls"/> times; it was
/// not declared megamorphic; it was not re-patched in the last <see cref="QuietPeriod"/> before the
/// report was taken (its receiver mix had settled); and the types to bake, each with at least
/// <see cref="MinTypeShare"/> of the latest samples, together cover at least <see cref="MinCoverage"/>
/// of them. Only then are up to <see cref="MaxTypes"/> guards emitted, most frequent first.
/// </remarks>
public sealed record BakeSettings
{
    // The runtime's defaults, where a setting here is the same threshold as one of its own.
    private static readonly OptpolineOptions RuntimeDefaults = new();

    /// <summary>The most guards baked into one site.</summary>
    public int MaxTypes { get; init; } = 3;

    /// <summary>Sampled calls a site needs before its profile counts.</summary>
    public long MinSampledCalls { get; init; } = 512;

    /// <summary>The least share of the samples a type needs to get a guard.</summary>
    public double MinTypeShare { get; init; } = RuntimeDefaults.MinSlotShare;

    /// <summary>The least share of the samples the baked types must cover together.</summary>
    public double MinCoverage { get; init; } = RuntimeDefaults.MinCoverage;

    /// <summary>
    /// When set, a stable site whose top type (for a delegate site, target method) has at least this
    /// share is not rewritten at all: the JIT already guards it with one inline guess, which is what a
    /// single baked guard would be, minus the check of the adaptive site. The price: no adaptive site behind
    /// it, so if its receivers change it stays with the JIT's frozen guess. Generic virtual calls are
    /// always baked (the JIT never guesses them). Null (the default) bakes such sites like the others.
    /// </summary>
    public double? LeaveMonomorphicToJit { get; init; }

    /// <summary>The top-type share <c>--leave-monomorphic</c> and <see cref="WeaveScope.Profitable"/> use for <see cref="LeaveMonomorphicToJit"/>.</summary>
    public const double MonomorphicShare = 0.95;

    /// <summary>
    /// Largest target, in IL bytes, worth a guard at a class virtual call: the runtime's
    /// <see cref="OptpolineOptions.MaxInlinedTargetSize"/>. A class virtual call is one indirect call
    /// already; a guard pays only if the JIT inlines the direct call behind it, so larger targets
    /// (and <c>NoInlining</c> ones) get none. Interface and generic virtual calls, whose plain call
    /// goes through a stub or a lookup, are guarded whatever their size. <see cref="int.MaxValue"/>
    /// guards every target.
    /// </summary>
    public int MaxInlinedTargetSize { get; init; } = RuntimeDefaults.MaxInlinedTargetSize;

    /// <summary>How long before the report a site must not have been re-patched.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The problems with these settings, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxTypes is < 1 or > 8)
        {
            problems.Add($"MaxTypes must be 1 to 8 (was {MaxTypes}).");
        }

        if (MaxInlinedTargetSize < 0)
        {
            problems.Add($"MaxInlinedTargetSize must not be negative (was {MaxInlinedTargetSize}).");
        }

        if (MinSampledCalls < 1)
        {
            problems.Add($"MinSampledCalls must be positive (was {MinSampledCalls}).");
        }

        if (MinTypeShare is <= 0 or > 1 || MinCoverage is <= 0 or > 1)
        {
            problems.Add($"MinTypeShare and MinCoverage must be in (0, 1] (were {MinTypeShare} and {MinCoverage}).");
        }

        if (LeaveMonomorphicToJit is <= 0 or > 1)
        {
            problems.Add($"LeaveMonomorphicToJit must be in (0, 1] or null (was {LeaveMonomorphicToJit}).");
        }

        if (QuietPeriod < TimeSpan.Zero)
        {
            problems.Add("QuietPeriod must not be negative.");
        }

        return problems;
    }
}
