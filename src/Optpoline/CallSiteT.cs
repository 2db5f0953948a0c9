using System.Reflection;
using Optpoline.Dispatch;
using Optpoline.Patching;
using Optpoline.Reporting;

namespace Optpoline;

/// <summary>A call site whose calls have the signature of <typeparamref name="TDelegate"/>: receiver first, then the arguments.</summary>
/// <remarks>
/// Two ways to call through it. <see cref="Invoke"/> is simplest: <c>site.Invoke(shape)</c>.
/// Generated code uses the cheaper shim form, which keeps the plain call (and the JIT's profile of it)
/// in the caller while the site is not promoted:
/// <code>var d = site.Target; return d is null ? shape.Area() : d(shape);</code>
/// </remarks>
public sealed class CallSite<TDelegate> : CallSite
    where TDelegate : Delegate
{
    private TDelegate? _plain;
    private TDelegate? _target;
    private TDelegate? _dispatcher;
    private TDelegate? _recorder;
    private DispatchState? _state;
    private long _retiredMisses;
    private Action<TDelegate?>? _storeTarget;

    internal CallSite(MethodInfo method, string key, SiteOptions options, Patcher patcher, SiteOrigin? origin = null, Type[]? bakedTypes = null, Action<TDelegate?>? storeTarget = null)
        : base(method, typeof(TDelegate), key, options, patcher, origin, bakedTypes)
    {
        // Set before the patcher learns of the site, so that no publication can miss the store.
        _storeTarget = storeTarget;
        SiteValidation.ThrowIfInvalid(method, typeof(TDelegate));
        if (origin is null && storeTarget is null)
        {
            // A site made through the public API is called through Invoke: make its plain call now,
            // on the creating thread, so that no call ever compiles (a generic virtual method's needs
            // emitting; see CompileRule). Generated shims make the plain call themselves.
            using var creating = CompileRule.Allow();
            _plain = (TDelegate)DispatcherCompiler.CreatePlain(typeof(TDelegate), method);
        }

        patcher.Register(this);
    }

    /// <summary>
    /// A site that never promotes, for generated code whose site could not be made. It registers with
    /// <paramref name="patcher"/> (the report lists it with its reason), or with the process's patcher;
    /// when that cannot be had either, with one that never promotes.
    /// </summary>
    internal static CallSite<TDelegate> CreateDisabled(MethodInfo? method, string key, string reason, SiteOrigin? origin = null, Type[]? bakedTypes = null, Patcher? patcher = null) =>
        new(method, key, reason, origin, bakedTypes, patcher ?? PatcherOrInert());

    private static Patcher PatcherOrInert()
    {
        try
        {
            return OptpolineRuntime.Patcher;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return OptpolineRuntime.InertPatcher;
        }
    }

    private CallSite(MethodInfo? method, string key, string reason, SiteOrigin? origin, Type[]? bakedTypes, Patcher patcher)
        : base(method ?? ((Action)NoMethod).Method, typeof(TDelegate), key, new SiteOptions { NeverPromote = true }, patcher, origin, bakedTypes)
    {
        Patcher.Register(this, "site could not be made: " + reason);
    }

    private static void NoMethod()
    {
    }

    /// <summary>
    /// What to call instead of the plain call, or <c>null</c> to make the plain call yourself.
    /// Read it once per call; it changes while the program runs.
    /// </summary>
    public TDelegate? Target => _target;

    /// <summary>The site's current code: the published dispatcher or recorder, else the plain call.</summary>
    public TDelegate Invoke => _target ?? Plain;

    // Created on first use: generated shims make the plain call themselves and never need it.
    private TDelegate Plain => _plain ??= (TDelegate)DispatcherCompiler.CreatePlain(typeof(TDelegate), Method);

    internal override long CurrentMisses => Volatile.Read(ref _retiredMisses) + (Volatile.Read(ref _state)?.Misses ?? 0);

    internal override bool HasRecorder => _recorder is not null;

    internal override void PublishDispatcher(Delegate compiled, DispatchState state)
    {
        var dispatcher = (TDelegate)compiled;
        Retire(state);
        Volatile.Write(ref _dispatcher, dispatcher);
        if (!IsArmed)
        {
            SetTarget(dispatcher);
        }
    }

    internal override void PublishPlain()
    {
        Retire(null);
        Volatile.Write(ref _dispatcher, null);
        if (!IsArmed)
        {
            SetTarget(null);
        }
    }

    private protected override void PublishRecorder(Delegate? recorder)
    {
        _recorder ??= (TDelegate?)recorder ?? throw new InvalidOperationException("The site has no recorder yet: the patcher arms its first burst with one.");
        SetTarget(_recorder);
    }

    private protected override void EndBurstPublish() => SetTarget(Volatile.Read(ref _dispatcher));

    /// <summary>
    /// Publishes <paramref name="target"/>: to <see cref="Target"/>, then to the generated shim's own
    /// field if it has one. Only one thread publishes at a time (see the publication protocol on
    /// <see cref="CallSite"/>), so the two always end up holding the same delegate.
    /// </summary>
    private void SetTarget(TDelegate? target)
    {
        Volatile.Write(ref _target, target);
        try
        {
            _storeTarget?.Invoke(target);
        }
        catch (TypeInitializationException)
        {
            // The shim's holder failed to initialise, so no shim can run: nothing left to store into.
            _storeTarget = null;
        }
    }

    private void Retire(DispatchState? next)
    {
        if (Interlocked.Exchange(ref _state, next) is { } old)
        {
            Interlocked.Add(ref _retiredMisses, Volatile.Read(ref old.Misses));
        }
    }
}
