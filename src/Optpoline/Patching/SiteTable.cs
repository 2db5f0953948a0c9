using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Optpoline.Dispatch;

namespace Optpoline.Patching;

/// <summary>
/// The sites the patcher knows, held weakly, and its own state for each (<see cref="SiteLearning"/>).
/// </summary>
/// <remarks>
/// The state lives here, in a side table keyed by the site, not on the site: a site samples and
/// publishes, the patcher decides. A lookup costs a <see cref="ConditionalWeakTable{TKey, TValue}"/>
/// read (lock-free), and no call through a site makes one: the patcher looks a site up once per
/// tick it handles it, and the site's public <see cref="CallSite.State"/>, <see cref="CallSite.SlotTypes"/>
/// and <see cref="CallSite.Patches"/>, which no call reads, look theirs up here too. The table holds
/// the state as long as the site lives and never keeps a site alive (sites made by collectible code die with it).
/// New sites are queued lock-free from their constructors and adopted under the patcher's lock.
/// </remarks>
internal sealed class SiteTable
{
    private readonly ConditionalWeakTable<CallSite, SiteLearning> _learning = [];
    private readonly ConcurrentQueue<CallSite> _new = new();
    private readonly List<WeakReference<CallSite>> _sites = [];

    /// <summary>Called from a site's constructor, on the thread creating it. A non-null <paramref name="disabledReason"/> makes the site disabled from the start.</summary>
    public void Register(CallSite site, string? disabledReason)
    {
        var learning = LearningOf(site);
        if (disabledReason is not null)
        {
            Disable(learning, disabledReason);
        }

        _new.Enqueue(site);
    }

    public SiteLearning LearningOf(CallSite site) => _learning.GetValue(site, static s => new SiteLearning(s.BakedTypes));

    /// <summary>Takes in the sites registered since, disabling those that can never promote. Caller holds the patcher's lock.</summary>
    public void Adopt(DateTimeOffset now, string? disabledReason)
    {
        while (_new.TryDequeue(out var site))
        {
            _sites.Add(new WeakReference<CallSite>(site));
            var learning = LearningOf(site);
            learning.CreatedAt = now;
            if (learning.State == SiteState.Disabled)
            {
                continue;
            }

            if (disabledReason is not null)
            {
                Disable(learning, disabledReason);
            }
            else if (site.Kind == CallKind.Delegate && DelegateFields.Instance.MissingReason is { } missing)
            {
                // Looked up (and its reader emitted) here, on the patcher's thread, not where the site is made.
                Disable(learning, missing);
            }
            else if (site.Options.NeverPromote)
            {
                Disable(learning, "never promote (site option)");
            }
        }
    }

    /// <summary>Live sites, pruning those the GC has collected. Caller holds the patcher's lock.</summary>
    public List<CallSite> Live()
    {
        var live = new List<CallSite>(_sites.Count);
        _sites.RemoveAll(w => !w.TryGetTarget(out _));
        foreach (var weak in _sites)
        {
            if (weak.TryGetTarget(out var site))
            {
                live.Add(site);
            }
        }

        return live;
    }

    private static void Disable(SiteLearning learning, string reason)
    {
        learning.State = SiteState.Disabled;
        learning.Reason = reason;
    }
}
