using Optpoline.Policies;

namespace Optpoline.Patching;

/// <summary>
/// What the patcher knows and has decided about one site. It lives in the patcher's side table
/// (<see cref="SiteTable"/>), not on the site; only the patcher's parts touch it, under the patcher's
/// lock, except for the few fields marked as read by any thread.
/// </summary>
internal sealed class SiteLearning(IReadOnlyList<Type> bakedTypes)
{
    public volatile SiteState State = SiteState.Learning;

    private List<HotTarget> _slots = [];

    /// <summary>Read by any thread through <see cref="CallSite.Patches"/>.</summary>
    public long PatchCount;

    /// <summary>The published dispatcher's slots, in guard order, with their shares at the last evaluation.</summary>
    public List<HotTarget> Slots
    {
        get => _slots;
        set
        {
            _slots = value;
            SlotTypes = [.. value.Select(s => s.Receiver)];
        }
    }

    /// <summary>An immutable copy of the slot types, republished with every change, for any thread to read.</summary>
    public volatile Type[] SlotTypes = [];

    /// <summary>Slots the site may use now; 0 until the first promotion sizes it.</summary>
    public int Capacity { get; set; }

    /// <summary>The sample keys dominant while the caller was young: our estimate of the JIT's PGO guess.</summary>
    public HashSet<object> Baseline { get; } = [];

    /// <summary>The keys the caller's shim guards inline (<see cref="CallSite.BakedTypes"/>), as a set of sample keys.</summary>
    public IReadOnlySet<object> BakedKeys { get; } = new HashSet<object>(bakedTypes);

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? LastPatchAt { get; set; }

    public DateTimeOffset? LastRetrainAt { get; set; }

    /// <summary>When the site's next burst is due; null while none is scheduled (a stale schedule entry is ignored).</summary>
    public DateTimeOffset? NextArmAt { get; set; }

    public DateTimeOffset BackoffUntil { get; set; }

    public int BackoffLevel { get; set; }

    public long Patches => Volatile.Read(ref PatchCount);

    public long Bursts { get; set; }

    public long SampledCalls { get; set; }

    /// <summary>Shares from the last evaluation, most frequent first, for the report.</summary>
    public List<KeyShare> LastShares { get; set; } = [];

    /// <summary>Why the last evaluation did what it did, in a few words.</summary>
    public string Reason { get; set; } = "waiting for the first samples";

    public RepatchHistory Repatches { get; set; } = RepatchHistory.Empty;

    /// <summary>Resolutions already made for this site, by sample key.</summary>
    public TargetCache Targets { get; } = new();

    /// <summary>
    /// Takes an evaluation's shares: they become <see cref="LastShares"/>, and each slot's share is the
    /// one its key has in them (0 when its key was not sampled), so every share read later is this evaluation's.
    /// </summary>
    public void Observe(List<KeyShare> shares)
    {
        LastShares = shares;
        if (_slots.Count > 0)
        {
            var shareOf = shares.ToDictionary(s => s.Key, s => s.Share);
            _slots = _slots.ConvertAll(s => s with { Share = shareOf.GetValueOrDefault(s.Key) });
        }
    }
}
