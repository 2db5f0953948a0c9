using Optpoline.Dispatch;

namespace Optpoline.Patching;

/// <summary>
/// When each site samples: arms a site's burst now (a new site, a promoted site whose dispatcher keeps
/// missing) or at the time its evaluation named (the next sampling period, the end of a megamorphic
/// back-off), and loosens the specimens of bursts that run long. Caller holds the patcher's lock.
/// </summary>
internal sealed class BurstScheduler(SiteTable sites, CompileBudget budget)
{
    private readonly PriorityQueue<WeakReference<CallSite>, DateTimeOffset> _due = new();
    private readonly List<(WeakReference<CallSite> Site, DateTimeOffset ArmedAt)> _armed = [];

    /// <summary>Arms the site's next burst at <paramref name="at"/>, replacing any time scheduled before.</summary>
    public void Schedule(CallSite site, SiteLearning learning, DateTimeOffset at)
    {
        learning.NextArmAt = at;
        _due.Enqueue(new WeakReference<CallSite>(site), at);
    }

    /// <summary>Starts a burst now, unless one is under way or the site is disabled; out of budget for its recorder, one patch interval later.</summary>
    public void TryArm(CallSite site, SiteLearning learning, DateTimeOffset now, OptpolineOptions options)
    {
        if (site.IsArmed || learning.State == SiteState.Disabled)
        {
            return;
        }

        // Arming compiles the recorder the first time only; count that against the budget.
        if (!site.HasRecorder && !budget.TryTake())
        {
            Schedule(site, learning, now + options.PatchInterval);
            return;
        }

        learning.NextArmAt = null;
        site.Arm(options.BurstLength, site.HasRecorder ? null : DispatcherCompiler.CompileRecorder(site.DelegateType, site.Method, site));
        if (site.Specimens is not null)
        {
            _armed.Add((new WeakReference<CallSite>(site), now));
        }
    }

    /// <summary>Arms every site whose scheduled time has come (an entry a later <see cref="Schedule"/> replaced is skipped).</summary>
    public void ArmDue(DateTimeOffset now, OptpolineOptions options)
    {
        while (_due.TryPeek(out var weak, out var due) && due <= now)
        {
            _due.Dequeue();
            if (weak.TryGetTarget(out var site))
            {
                var learning = sites.LearningOf(site);
                if (learning.NextArmAt == due)
                {
                    TryArm(site, learning, now, options);
                }
            }
        }
    }

    /// <summary>
    /// A burst that has been armed for a sampling period (a cold site's can last minutes) holds its
    /// specimens weakly from then on; a burst that ended was loosened by its evaluation (see <see cref="Learning.Specimens"/>).
    /// </summary>
    public void LoosenLongBursts(DateTimeOffset now, OptpolineOptions options)
    {
        _armed.RemoveAll(entry =>
        {
            if (!entry.Site.TryGetTarget(out var site) || !site.IsArmed)
            {
                return true;
            }

            if (now - entry.ArmedAt >= options.SamplingPeriod)
            {
                site.Specimens?.Loosen();
            }

            return false;
        });
    }
}
