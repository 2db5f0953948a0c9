using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Optpoline.Dispatch;

namespace Optpoline.Patching;

/// <summary>
/// The one background worker that turns samples into dispatchers: the analogue of the kernel's
/// deferred patching work. Calling threads only ever enqueue a site (a lock-free queue, once per
/// site until it is taken off); everything that compiles, decides or allocates much happens here.
/// </summary>
/// <remarks>
/// Work is done in ticks (<see cref="RunOnce"/>), every <see cref="OptpolineOptions.PatchInterval"/>
/// on the background thread, or when a test steps it. A tick drains the queue, evaluates sites whose
/// burst has completed, brings forward bursts that missing dispatchers asked for, and arms the bursts
/// that are due. Compilations are rate-limited globally: a tick compiles at most
/// <see cref="OptpolineOptions.MaxPatchesPerSecond"/> × <see cref="OptpolineOptions.PatchInterval"/>
/// (at least one) dispatchers; the rest wait for the next tick.
/// All state is guarded by one lock that only this worker, the report and assembly unloading take.
/// </remarks>
internal sealed partial class Patcher
{
    private readonly ConcurrentQueue<CallSite> _requests = new();
    private readonly ConcurrentQueue<CallSite> _newSites = new();
    private readonly List<WeakReference<CallSite>> _sites = [];
    private readonly List<CallSite> _deferred = [];
    private readonly PriorityQueue<WeakReference<CallSite>, DateTimeOffset> _schedule = new();
    private readonly Dictionary<CallSite, DateTimeOffset> _nextArm = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();
    private readonly bool _background;
    private Thread? _thread;
    private int _budget;
    private OptpolineOptions _options;

    public Patcher(OptpolineOptions options, TimeProvider time, bool background, string? disabledReason = null, bool? dynamicCodeSupported = null)
    {
        options.Validate();
        _options = options;
        Time = time;
        _background = background;
        DisabledReason = disabledReason
            ?? (!(dynamicCodeSupported ?? RuntimeFeature.IsDynamicCodeSupported) ? "dynamic code is not supported in this process (NativeAOT?): every site stays a plain call" : null)
            ?? (!options.Enabled ? "Optpoline is switched off (OPTPOLINE_ENABLED=0 or Options.Enabled = false): every site stays a plain call" : null);
    }

    public TimeProvider Time { get; }

    /// <summary>Why no site will ever be promoted, or null when promotion is possible.</summary>
    public string? DisabledReason { get; private set; }

    public OptpolineOptions Options
    {
        get => Volatile.Read(ref _options);
        set
        {
            value.Validate();
            Volatile.Write(ref _options, value);
            if (!value.Enabled && DisabledReason is null)
            {
                DisabledReason = "Optpoline is switched off: every site stays a plain call";
            }
        }
    }

    /// <summary>Last exception the background thread caught; the patcher carries on without the site that caused it.</summary>
    public string? LastError { get; private set; }

    /// <summary>Called from a site's constructor, on the thread creating it: lock-free.</summary>
    public void Register(CallSite site)
    {
        _newSites.Enqueue(site);
        if (DisabledReason is null)
        {
            site.Enqueue();
            EnsureThread();
        }
    }

    /// <summary>Called by calling threads; a site is in the queue at most once.</summary>
    public void Enqueue(CallSite site) => _requests.Enqueue(site);

    /// <summary>One tick of work. Returns how many dispatchers or recorders it compiled.</summary>
    public int RunOnce()
    {
        using var compiling = CompileRule.Allow();
        lock (_gate)
        {
            var options = Options;
            _budget = Math.Max(1, (int)(options.MaxPatchesPerSecond * options.PatchInterval.TotalSeconds));
            var start = _budget;
            var now = Time.GetUtcNow();
            AdoptNewSites(now);

            var deferred = _deferred.ToArray();
            _deferred.Clear();
            foreach (var site in deferred)
            {
                Process(site, completed: true, now, options);
            }

            var pending = _requests.Count;
            while (pending-- > 0 && _requests.TryDequeue(out var site))
            {
                var completed = site.Dequeue();
                Process(site, completed, now, options);
            }

            ArmDueSites(now, options);
            return start - _budget;
        }
    }

    private void Process(CallSite site, bool completed, DateTimeOffset now, OptpolineOptions options)
    {
        var learning = site.Learning;
        if (learning.State == SiteState.Disabled)
        {
            return;
        }

        if (completed)
        {
            Evaluate(site, now, options);
        }
        else if (!site.IsArmed && learning.State != SiteState.Megamorphic)
        {
            // A new site, or a promoted site whose dispatcher keeps missing: sample it now.
            TryArm(site, now, options);
        }
    }

    private void AdoptNewSites(DateTimeOffset now)
    {
        while (_newSites.TryDequeue(out var site))
        {
            _sites.Add(new WeakReference<CallSite>(site));
            site.Learning.CreatedAt = now;
            if (site.Learning.State == SiteState.Disabled)
            {
                continue;
            }

            if (DisabledReason is not null)
            {
                Disable(site, DisabledReason);
            }
            else if (site.Kind == CallKind.Delegate && DelegateFields.Instance.MissingReason is { } missing)
            {
                // Looked up (and its reader emitted) here, on the patcher's thread, not where the site is made.
                Disable(site, missing);
            }
            else if (site.Options.NeverPromote)
            {
                Disable(site, "never promote (site option)");
            }
        }
    }

    private static void Disable(CallSite site, string reason)
    {
        site.Learning.State = SiteState.Disabled;
        site.Learning.Reason = reason;
    }

    private void TryArm(CallSite site, DateTimeOffset now, OptpolineOptions options)
    {
        if (site.IsArmed || site.Learning.State == SiteState.Disabled)
        {
            return;
        }

        // Arming compiles the recorder the first time only; count that against the budget.
        if (!site.HasRecorder)
        {
            if (_budget <= 0)
            {
                Schedule(site, now + options.PatchInterval);
                return;
            }

            _budget--;
        }

        _nextArm.Remove(site);
        site.Arm(options.BurstLength, site.HasRecorder ? null : DispatcherCompiler.CompileRecorder(site.DelegateType, site.Method, site));
    }

    private void Schedule(CallSite site, DateTimeOffset at)
    {
        _nextArm[site] = at;
        _schedule.Enqueue(new WeakReference<CallSite>(site), at);
    }

    private void ArmDueSites(DateTimeOffset now, OptpolineOptions options)
    {
        while (_schedule.TryPeek(out var weak, out var due) && due <= now)
        {
            _schedule.Dequeue();
            if (weak.TryGetTarget(out var site) && _nextArm.TryGetValue(site, out var expected) && expected == due)
            {
                TryArm(site, now, options);
            }
        }
    }

    private void EnsureThread()
    {
        if (!_background || _thread is not null)
        {
            return;
        }

        lock (_gate)
        {
            if (_thread is not null)
            {
                return;
            }

            _thread = new Thread(Loop) { IsBackground = true, Name = "Optpoline patcher", Priority = ThreadPriority.BelowNormal };
            _thread.Start();
        }
    }

    private void Loop()
    {
        while (true)
        {
            try
            {
                RunOnce();
            }
            catch (Exception e)
            {
                // The patcher must outlive any one bad site: record, drop the queue's current work, go on.
                LastError = e.ToString();
            }

            Thread.Sleep(Options.PatchInterval);
        }
    }

    /// <summary>Live sites, pruning those the GC has collected. Caller holds the lock.</summary>
    private List<CallSite> LiveSites()
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
}
