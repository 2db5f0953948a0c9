using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Optpoline.Dispatch;
using Optpoline.Learning;
using Optpoline.Patching;
using Optpoline.Reporting;

namespace Optpoline;

/// <summary>
/// A call site that learns the receiver types of one virtual, interface or generic-virtual method
/// (or the target methods of one delegate type's invocations) and, when it pays, turns the hot ones
/// into guarded direct calls.
/// </summary>
/// <remarks>
/// <para>
/// A site is in one of three shapes, visible to callers as <see cref="CallSite{TDelegate}.Target"/>:
/// <c>null</c> (the caller makes the plain call itself: costs one field load and a test),
/// the <em>recorder</em> (a burst of calls is being sampled), or a <em>dispatcher</em>
/// (exact-type guards with direct calls, then the plain call with miss counting).
/// </para>
/// <para>
/// Learning is bursty rather than per call, because a recording probe on every call costs about
/// 5 ns. The patcher arms a burst by publishing the recorder; the recorder samples
/// <see cref="OptpolineOptions.BurstLength"/> calls into <see cref="Samples"/> and the call that
/// ends the burst publishes the dispatcher back (or null) and queues the site for evaluation. Between
/// bursts an unpromoted site costs nothing but the null test, and a promoted one only counts misses.
/// Enough misses bring the next burst forward, which is how a promoted site notices a phase change.
/// </para>
/// <para>
/// Publication protocol: <c>Target</c> is written by the patcher thread, except for the
/// one store that ends a burst, which a calling thread makes. The patcher therefore never
/// publishes while a burst is armed (<see cref="_armed"/>); the thread that ends the burst clears
/// the flag after its store. Each publication is a single reference store: a thread still running
/// the previous delegate finishes that call correctly, because dispatchers are immutable.
/// </para>
/// <para>
/// A site samples and publishes; what the patcher knows and has decided about it lives with the
/// patcher (<see cref="Patching.SiteTable"/>), not here. <see cref="State"/>, <see cref="SlotTypes"/>
/// and <see cref="Patches"/> look it up there: a side-table read that no call through the site makes.
/// </para>
/// <para>
/// Delegate sites (<see cref="ForDelegate{TDispatch}"/>) are the same machinery with another sample
/// key: the site's method is the delegate type's <c>Invoke</c>, its receiver the delegate, and what is
/// learned and guarded is the delegate's target method, named by its code pointers
/// (<see cref="DelegateKey"/>), because new delegate objects for one method are common.
/// </para>
/// </remarks>
public abstract partial class CallSite
{
    private int _burstRemaining;
    private volatile bool _armed;
    private volatile bool _burstCompleted;
    private int _queued;

    /// <summary>Specimens a site keeps: enough for the types a burst usually brings, few enough to stay cheap per site.</summary>
    private const int SpecimenCapacity = 8;

    private protected CallSite(MethodInfo method, Type delegateType, string key, SiteOptions options, Patcher patcher, SiteOrigin? origin, Type[]? bakedTypes)
    {
        Method = method;
        Origin = origin;
        BakedTypes = bakedTypes ?? [];
        DelegateType = delegateType;
        Key = key;
        Options = options;
        Patcher = patcher;
        Kind = IsDelegateInvoke(method) ? CallKind.Delegate
            : method.IsGenericMethod ? CallKind.GenericVirtual
            : method.DeclaringType!.IsInterface ? CallKind.Interface
            : CallKind.Virtual;
        if (Kind == CallKind.Delegate)
        {
            DelegateKeys = new DelegateKeyTable();
        }
    }

    /// <summary>The method every call through this site is a call to.</summary>
    public MethodInfo Method { get; }

    /// <summary>A stable name for the site (for generated sites: caller and IL offset).</summary>
    public string Key { get; }

    /// <summary>What kind of indirect call this is.</summary>
    public CallKind Kind { get; }

    /// <summary>Where the site is in its life.</summary>
    public SiteState State => Patcher.StateOf(this);

    /// <summary>
    /// The exact receiver types the published dispatcher tests for, hottest first; empty when not promoted.
    /// For a delegate site: the declaring types of the target methods it calls directly.
    /// </summary>
    public IReadOnlyList<Type> SlotTypes => Patcher.SlotTypesOf(this);

    /// <summary>How many times a dispatcher (or the plain call) has been published for this site.</summary>
    public long Patches => Patcher.PatchesOf(this);

    /// <summary>
    /// The receiver types the caller's shim tests inline before it consults the site (guards baked
    /// from a profile), in guard order; empty for a site without baked guards.
    /// </summary>
    public IReadOnlyList<Type> BakedTypes { get; }

    /// <summary>Where a generated site is (the key a profile matches it by); null for sites made in code.</summary>
    internal SiteOrigin? Origin { get; }

    internal Type DelegateType { get; }

    internal SiteOptions Options { get; }

    internal Patcher Patcher { get; }

    /// <summary>Delegate sites: the interned keys of the delegates seen so far; null for other sites.</summary>
    internal DelegateKeyTable? DelegateKeys { get; }

    /// <summary>Sample keys (receiver types, delegate keys) seen in sampling bursts (all calls of a burst, hits and misses).</summary>
    internal HeavyHitters Samples { get; } = new(16);

    /// <summary>
    /// Receivers of the types sampled, held weakly, for the patcher to resolve against; made by the
    /// patcher when it arms the first burst. Null for delegate sites, whose keys name their methods.
    /// </summary>
    internal Specimens? Specimens { get; private set; }

    internal bool IsArmed => _armed;

    /// <summary>
    /// Creates a site for the virtual call in <paramref name="call"/>, e.g. <c>s =&gt; s.Area()</c>, or
    /// for the delegate invocation in it, e.g. <c>(f, x) =&gt; f(x)</c>.
    /// </summary>
    /// <typeparam name="TDelegate">Receiver (or invoked delegate) first, then the call's arguments; returns what the method returns.</typeparam>
    /// <exception cref="ArgumentException">The expression is not a single virtual call on, or invocation of, the first parameter with the others as arguments.</exception>
    public static CallSite<TDelegate> Create<TDelegate>(Expression<TDelegate> call, string? key = null, SiteOptions? options = null)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(call);
        return Create<TDelegate>(CallExpression.MethodOf(call), key, options);
    }

    /// <summary>Creates a site for <paramref name="method"/>.</summary>
    /// <exception cref="ArgumentException">The method or the delegate type cannot make a site.</exception>
    public static CallSite<TDelegate> Create<TDelegate>(MethodInfo method, string? key = null, SiteOptions? options = null)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(method);
        return new CallSite<TDelegate>(method, key ?? $"{method.DeclaringType?.Name}.{method.Name}", options ?? SiteOptions.Default, OptpolineRuntime.Patcher);
    }

    /// <summary>
    /// Creates a site for generated code (the rewriter's holders): from metadata tokens, cheaply,
    /// reading <see cref="OptpolineSiteAttribute"/> from the caller, its type, then its assembly.
    /// The woven code keeps the plain call inline in the caller, so the site counts on the JIT's own
    /// profile for it (<see cref="SiteOptions.PlainCallIsProfiled"/>). The woven code reads its own
    /// static field rather than <see cref="CallSite{TDelegate}.Target"/>: the site passes every value
    /// it publishes to <paramref name="storeTarget"/> (which stores it in that field), so that an
    /// unpromoted call costs one load and a null test, not two loads. Never throws: a site that
    /// cannot be made is returned disabled, and the woven code keeps making the plain call.
    /// </summary>
    /// <param name="method">The called method.</param>
    /// <param name="declaringType">The called method's declaring type (for methods of generic types).</param>
    /// <param name="caller">The method that makes the call.</param>
    /// <param name="callerType">The caller's declaring type.</param>
    /// <param name="ilOffset">The call's offset in the caller's original IL.</param>
    /// <param name="callerName">The caller as the rewriter names it (with its signature): with the
    /// assembly and <paramref name="ilOffset"/>, the key a profile is matched by.</param>
    /// <param name="storeTarget">Stores a published value in the woven code's own field; null for none.</param>
    public static CallSite<TDelegate> ForGeneratedCode<TDelegate>(RuntimeMethodHandle method, RuntimeTypeHandle declaringType, RuntimeMethodHandle caller, RuntimeTypeHandle callerType, int ilOffset, string? callerName, Action<TDelegate?>? storeTarget)
        where TDelegate : Delegate =>
        ForGenerated(() => (MethodInfo?)MethodBase.GetMethodFromHandle(method, declaringType), caller, callerType, ilOffset, callerName, null, storeTarget);

    /// <summary>
    /// As <see cref="ForGeneratedCode{TDelegate}"/>, for a site whose shim tests
    /// <paramref name="bakedTypes"/> inline (guards baked from a profile) before the plain call.
    /// The site counts calls with those receivers as hits of its plain path, and reports how often
    /// they occur. Never throws.
    /// </summary>
    public static CallSite<TDelegate> ForBakedCode<TDelegate>(RuntimeMethodHandle method, RuntimeTypeHandle declaringType, RuntimeMethodHandle caller, RuntimeTypeHandle callerType, int ilOffset, string? callerName, RuntimeTypeHandle[] bakedTypes, Action<TDelegate?>? storeTarget)
        where TDelegate : Delegate =>
        ForGenerated(() => (MethodInfo?)MethodBase.GetMethodFromHandle(method, declaringType), caller, callerType, ilOffset, callerName, bakedTypes, storeTarget);

    /// <summary>
    /// Creates a site for invocations of delegates of type <typeparamref name="TDispatch"/>'s first
    /// parameter: <c>d(a1, ...)</c> becomes <c>site.Invoke(d, a1, ...)</c>, or the shim form.
    /// </summary>
    /// <typeparam name="TDispatch">The delegate type invoked first, then its arguments; returns what it returns.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="TDispatch"/> does not take a delegate and then that delegate's arguments.</exception>
    public static CallSite<TDispatch> ForDelegate<TDispatch>(string? key = null, SiteOptions? options = null)
        where TDispatch : Delegate
    {
        var parameters = typeof(TDispatch).GetMethod("Invoke")!.GetParameters();
        var invoke = parameters.Length > 0 ? InvokeOf(parameters[0].ParameterType) : null;
        if (invoke is null)
        {
            throw new ArgumentException($"The first parameter of {typeof(TDispatch).Name} must be the delegate type whose invocations the site stands for.", nameof(TDispatch));
        }

        return new CallSite<TDispatch>(invoke, key ?? $"{invoke.DeclaringType!.Name}.Invoke", options ?? SiteOptions.Default, OptpolineRuntime.Patcher);
    }

    /// <summary>
    /// Creates a delegate-invoke site for generated code, as <see cref="ForGeneratedCode{TDelegate}"/>
    /// does for virtual calls. Never throws.
    /// </summary>
    public static CallSite<TDispatch> ForGeneratedDelegateCode<TDispatch>(RuntimeTypeHandle delegateType, RuntimeMethodHandle caller, RuntimeTypeHandle callerType, int ilOffset, string? callerName, Action<TDispatch?>? storeTarget)
        where TDispatch : Delegate =>
        ForGenerated(() => InvokeOf(Type.GetTypeFromHandle(delegateType)), caller, callerType, ilOffset, callerName, null, storeTarget);

    /// <remarks>
    /// Runs in a woven holder's static constructor, in the app's own code: it must never throw, or the
    /// app's call would fail with a <see cref="TypeInitializationException"/> for good. Whatever goes
    /// wrong, the site is made disabled and its shim keeps making the plain call.
    /// </remarks>
    private static CallSite<TDelegate> ForGenerated<TDelegate>(Func<MethodInfo?> calleeOf, RuntimeMethodHandle caller, RuntimeTypeHandle callerType, int ilOffset, string? callerName, RuntimeTypeHandle[]? bakedTypes, Action<TDelegate?>? storeTarget)
        where TDelegate : Delegate
    {
        MethodInfo? callee = null;
        var key = $"IL_{ilOffset:X4}";
        SiteOrigin? origin = null;
        Type[]? baked = null;
        try
        {
            origin = OriginOf(callerType, callerName, ilOffset);
            baked = TypesOf(bakedTypes);
            callee = calleeOf();
            var callerMethod = MethodBase.GetMethodFromHandle(caller, callerType);
            key = $"{callerMethod?.DeclaringType?.FullName}::{callerMethod?.Name}{MethodArguments(callerMethod)}@IL_{ilOffset:X4}";
            if (OptpolineRuntime.IsStartingOnThisThread)
            {
                return CallSite<TDelegate>.CreateDisabled(callee, key, "made while the Optpoline runtime was starting", origin, baked, OptpolineRuntime.InertPatcher);
            }

            var attribute = callerMethod?.GetCustomAttribute<OptpolineSiteAttribute>()
                ?? callerMethod?.DeclaringType?.GetCustomAttribute<OptpolineSiteAttribute>()
                ?? callerMethod?.DeclaringType?.Assembly.GetCustomAttribute<OptpolineSiteAttribute>();
            var options = attribute is null ? new SiteOptions { PlainCallIsProfiled = true } : SiteOptions.FromAttribute(attribute, plainCallIsProfiled: true);
            return new CallSite<TDelegate>(callee ?? throw new ArgumentException("The callee handle does not name a method."), key, options, OptpolineRuntime.Patcher, origin, baked, storeTarget);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CallSite<TDelegate>.CreateDisabled(callee, key, e.Message, origin, baked, OptpolineRuntime.IsStartingOnThisThread ? OptpolineRuntime.InertPatcher : null);
        }
    }

    private static MethodInfo? InvokeOf(Type? delegateType) =>
        delegateType is not null && delegateType.IsSubclassOf(typeof(MulticastDelegate)) && !delegateType.IsAbstract ? delegateType.GetMethod("Invoke") : null;

    private static bool IsDelegateInvoke(MethodInfo method) =>
        method.Name == "Invoke" && method.DeclaringType is { } type && InvokeOf(type) == method;

    /// <summary>Patcher thread: publish a dispatcher the patcher compiled for this site, closed over <paramref name="state"/>.</summary>
    internal abstract void PublishDispatcher(Delegate compiled, DispatchState state);

    internal abstract void PublishPlain();

    private protected abstract void PublishRecorder(Delegate? recorder);

    private protected abstract void EndBurstPublish();

    internal abstract long CurrentMisses { get; }

    internal abstract bool HasRecorder { get; }

    /// <summary>
    /// Patcher thread: start a burst of <paramref name="length"/> sampled calls, publishing
    /// <paramref name="recorder"/> (compiled by the patcher for the first burst; later bursts reuse it).
    /// </summary>
    internal void Arm(int length, Delegate? recorder)
    {
        // Order matters. The count is at or below zero here (the last burst ended at zero, late
        // recorder calls only push it lower), so no thread can end a burst until the count is set,
        // and the count is set last: by then the flag is up and the recorder is published, so the
        // thread that reaches zero always finds a complete burst to end.
        if (Kind != CallKind.Delegate)
        {
            Specimens ??= new Specimens(SpecimenCapacity);
        }

        _burstCompleted = false;
        _armed = true;
        try
        {
            PublishRecorder(recorder);
        }
        catch
        {
            _armed = false;
            throw;
        }

        Volatile.Write(ref _burstRemaining, length);
    }

    /// <summary>Called by the recorder on the calling thread, once per sampled call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void RecordSample(object? receiver)
    {
        if (receiver is not null)
        {
            Samples.Add(SampleKeyOf(receiver));
            Specimens?.Offer(receiver);
        }

        if (Interlocked.Decrement(ref _burstRemaining) == 0)
        {
            // Exactly one thread gets here per burst: it restores the published code, then lets the
            // patcher publish again by clearing the flag (see the publication protocol above).
            EndBurstPublish();
            _burstCompleted = true;
            _armed = false;
            Enqueue();
        }
    }

    /// <summary>What a call on <paramref name="receiver"/> teaches the site: its exact type, or for a delegate site the delegate's key.</summary>
    internal object SampleKeyOf(object receiver) =>
        DelegateKeys is { } keys ? keys.KeyOf((MulticastDelegate)receiver) : receiver.GetType();

    /// <summary>Ask the patcher to bring the next burst forward (a promoted site is missing).</summary>
    internal void RequestBurst() => Enqueue();

    /// <summary>Patcher thread: take the site off the queue, and learn whether a burst has completed since.</summary>
    internal bool Dequeue()
    {
        Volatile.Write(ref _queued, 0);
        var completed = _burstCompleted;
        _burstCompleted = false;
        return completed;
    }

    internal void Enqueue()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            Patcher.Enqueue(this);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} -> {Method.DeclaringType?.Name}.{Method.Name} [{State}]";
}
