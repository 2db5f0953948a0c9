namespace Optpoline.Patching;

/// <summary>
/// What the patcher knows and has decided about one site. Only the patcher touches it, under its
/// lock; the report reads it under the same lock.
/// </summary>
internal sealed class SiteLearning
{
    public volatile SiteState State = SiteState.Learning;

    private List<Slot> _slots = [];

    /// <summary>Read by any thread through <see cref="CallSite.Patches"/>.</summary>
    public long PatchCount;

    public List<Slot> Slots
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

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? LastPatchAt { get; set; }

    public DateTimeOffset? LastRetrainAt { get; set; }

    public DateTimeOffset BackoffUntil { get; set; }

    public int BackoffLevel { get; set; }

    public long Patches => Volatile.Read(ref PatchCount);

    public long Bursts { get; set; }

    public long SampledCalls { get; set; }

    /// <summary>Shares from the last evaluation, for the report.</summary>
    public List<(object Key, double Share)> LastShares { get; set; } = [];

    /// <summary>Why the last evaluation did what it did, in a few words.</summary>
    public string Reason { get; set; } = "waiting for the first samples";

    public ThrashDetector Thrash { get; } = new();

    /// <summary>Resolutions already made for this site, by sample key; a refused key is cached as null.</summary>
    public Dictionary<object, Dispatch.ResolvedTarget?> Resolved { get; } = [];

    /// <summary>Why a key cached as null in <see cref="Resolved"/> can take no slot, for the report.</summary>
    public Dictionary<object, string> Refusals { get; } = [];
}
