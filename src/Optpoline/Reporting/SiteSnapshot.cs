namespace Optpoline.Reporting;

/// <summary>One call site as it was when the report was taken.</summary>
public sealed record SiteSnapshot
{
    /// <summary>The site's stable name (for generated sites: caller and IL offset).</summary>
    public required string Key { get; init; }

    /// <summary>The called method, as <c>Type.Method</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Interface, virtual, generic-virtual or delegate.</summary>
    public required CallKind Kind { get; init; }

    /// <summary>Where the site is in its life.</summary>
    public required SiteState State { get; init; }

    /// <summary>Why it is in that state, in a few words.</summary>
    public required string Reason { get; init; }

    /// <summary>Slots the site may use now.</summary>
    public required int Capacity { get; init; }

    /// <summary>The guarded direct calls, hottest first.</summary>
    public required IReadOnlyList<SlotReport> Slots { get; init; }

    /// <summary>Receiver types (for a delegate site: target methods) in the latest samples, most frequent first.</summary>
    public required IReadOnlyList<TypeShare> Samples { get; init; }

    /// <summary>Calls recorded by sampling bursts so far.</summary>
    public required long SampledCalls { get; init; }

    /// <summary>Share of sampled calls that the current slots would have hit (0 to 1).</summary>
    public required double SampledHitShare { get; init; }

    /// <summary>Calls that missed every slot of a dispatcher (counted without interlocking: a lower bound).</summary>
    public required long Misses { get; init; }

    /// <summary>Dispatchers published for this site (promotions, re-patches, demotions).</summary>
    public required long Patches { get; init; }

    /// <summary>When the last dispatcher was published.</summary>
    public DateTimeOffset? LastPatchAt { get; init; }

    /// <summary>Where the site is, for generated sites (null for sites made in code).</summary>
    public SiteOrigin? Origin { get; init; }

    /// <summary>For a site with guards baked from a profile: the baked receiver types, in guard order, with their share of the latest samples.</summary>
    public IReadOnlyList<TypeShare>? Baked { get; init; }

    /// <summary>For a baked site: the share of sampled calls its baked guards hit (0 to 1); low means the profile has gone stale. Null until the site has been sampled.</summary>
    public double? BakedHitShare { get; init; }

    /// <summary>
    /// Whether the baked guards hit too few calls to pay on their own (under 1 - <see cref="OptpolineOptions.PromoteMissShare"/>):
    /// the profile is out of date, and the adaptive site behind the guards is what keeps the call fast.
    /// </summary>
    public bool BakedStale { get; init; }
}
