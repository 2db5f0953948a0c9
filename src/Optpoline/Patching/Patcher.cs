using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Optpoline.Dispatch;
using Optpoline.Reporting;

namespace Optpoline.Patching;

/// <summary>
/// The one background worker that turns samples into dispatchers: the analogue of the kernel's
/// deferred patching work. Calling threads only ever enqueue a site (a lock-free queue, once per
/// site until it is taken off); everything that compiles, decides or allocates much happens here.
/// </summary>
/// <remarks>
/// <para>
/// Work is done in ticks (<see cref="RunOnce"/>), every <see cref="OptpolineOptions.PatchInterval"/>
/// on the background thread, or when a test steps it. A tick drains the queue, evaluates sites whose
/// burst has completed, brings forward bursts that missing dispatchers asked for, and arms the bursts
/// that are due, within the tick's <see cref="CompileBudget"/>.
/// </para>
/// <para>
/// The patcher is its parts, each with one job: <see cref="SiteTable"/> (the sites and the patcher's
/// state for each), <see cref="BurstScheduler"/> (when a site samples), <see cref="SiteEvaluator"/>
/// (samples to a decision, by the pure rules in <see cref="Policies"/>), <see cref="TargetCache"/>
/// (sample key to resolved target), <see cref="DispatcherPublisher"/> (compile and hand to the site),
/// <see cref="UnloadWatcher"/> (forgetting unloading plugins) and <see cref="SiteReporter"/> (the report).
/// All their state is guarded by one lock that only this worker, the report and assembly unloading take.
/// </para>
/// </remarks>
internal sealed class Patcher
{
    private readonly ConcurrentQueue<CallSite> _requests = new();
    private readonly List<CallSite> _deferred = [];
    private readonly Lock _gate = new();
    private readonly SiteTable _sites = new();
    private readonly CompileBudget _budget = new();
    private readonly BurstScheduler _bursts;
    private readonly SiteEvaluator _evaluator;
    private readonly SiteReporter _reporter;
    private readonly bool _background;
    private Thread? _thread;
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
        var unloading = new UnloadWatcher(_gate, _sites);
        _bursts = new BurstScheduler(_sites, _budget);
        _evaluator = new SiteEvaluator(_budget, unloading);
        _reporter = new SiteReporter(_sites, unloading);
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

    /// <summary>
    /// Called from a site's constructor, on the thread creating it, without the patcher's lock. A
    /// non-null <paramref name="disabledReason"/> registers a site that could not be made, to be reported.
    /// </summary>
    public void Register(CallSite site, string? disabledReason = null)
    {
        _sites.Register(site, disabledReason);
        if (DisabledReason is null)
        {
            site.Enqueue();
            EnsureThread();
        }
    }

    /// <summary>Called by calling threads; a site is in the queue at most once.</summary>
    public void Enqueue(CallSite site) => _requests.Enqueue(site);

    /// <summary>The patcher's state for <paramref name="site"/> (for its parts and for tests).</summary>
    internal SiteLearning LearningOf(CallSite site) => _sites.LearningOf(site);

    public SiteState StateOf(CallSite site) => _sites.LearningOf(site).State;

    public IReadOnlyList<Type> SlotTypesOf(CallSite site) => _sites.LearningOf(site).SlotTypes;

    public long PatchesOf(CallSite site) => _sites.LearningOf(site).Patches;

    /// <summary>One tick of work. Returns how many dispatchers or recorders it compiled.</summary>
    public int RunOnce()
    {
        using var compiling = CompileRule.Allow();
        lock (_gate)
        {
            var options = Options;
            _budget.Refill(options);
            var now = Time.GetUtcNow();
            _sites.Adopt(now, DisabledReason);

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

            _bursts.ArmDue(now, options);
            _bursts.LoosenLongBursts(now, options);
            return _budget.Spent;
        }
    }

    public SiteReport Report()
    {
        lock (_gate)
        {
            _sites.Adopt(Time.GetUtcNow(), DisabledReason);
            return _reporter.Report(Time.GetUtcNow(), DisabledReason, Options);
        }
    }

    /// <summary>Counts for the observable instruments: sites by state, slots in use, misses.</summary>
    public (Dictionary<SiteState, int> ByState, int Slots, long Misses) Totals()
    {
        lock (_gate)
        {
            _sites.Adopt(Time.GetUtcNow(), DisabledReason);
            return _reporter.Totals();
        }
    }

    private void Process(CallSite site, bool completed, DateTimeOffset now, OptpolineOptions options)
    {
        var learning = _sites.LearningOf(site);
        if (learning.State == SiteState.Disabled)
        {
            return;
        }

        if (completed)
        {
            var outcome = _evaluator.Evaluate(site, learning, now, options);
            if (outcome.Deferred)
            {
                _deferred.Add(site);
            }
            else
            {
                _bursts.Schedule(site, learning, outcome.NextBurstAt);
            }
        }
        else if (!site.IsArmed && learning.State != SiteState.Megamorphic)
        {
            // A new site, or a promoted site whose dispatcher keeps missing: sample it now.
            _bursts.TryArm(site, learning, now, options);
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
}
