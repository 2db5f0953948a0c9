using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Dispatch;

/// <summary>
/// Emits the code a site runs: the dispatcher (exact-type guards with direct calls, then the
/// plain virtual call with miss tracking) and the recorder (sample, then the plain virtual call).
/// </summary>
/// <remarks>
/// Both are anonymously hosted <see cref="DynamicMethod"/>s, so they are collectible: once a site
/// publishes a newer one and no thread is still inside the old one, the GC reclaims the old code.
/// They skip visibility checks because slots call private implementations (explicit interface
/// implementations, private nested types). They are closed over their first argument, which makes
/// the delegate call the cheapest kind the runtime has.
/// Arguments: 0 is the closure, 1 the receiver, 2.. the call's own arguments.
/// Delegate sites get their own guards (<c>DispatcherCompiler.Delegates.cs</c>) and share the rest.
/// </remarks>
internal static partial class DispatcherCompiler
{
    private const int Receiver = 1;

    /// <summary>The dispatcher for <paramref name="site"/> with these slots, closed over <paramref name="state"/>.</summary>
    public static Delegate CompileFor(CallSite site, IReadOnlyList<ResolvedTarget> slots, DispatchState state, int missSampleEvery) =>
        site.Kind == CallKind.Delegate
            ? CompileDelegateDispatcher(site.DelegateType, site.Method, slots, state, missSampleEvery)
            : CompileDispatcher(site.DelegateType, site.Method, slots, state, missSampleEvery);

    public static Delegate CompileDispatcher(Type delegateType, MethodInfo method, IReadOnlyList<ResolvedTarget> slots, DispatchState state, int missSampleEvery)
    {
        var (dynamicMethod, il, last) = Begin(delegateType, typeof(DispatchState), "optpoline_dispatch_" + method.Name);

        foreach (var slot in slots)
        {
            // if (receiver.GetType() == typeof(slot.Receiver)) return ((slot.Receiver)receiver).Implementation(args);
            var next = il.DefineLabel();
            il.EmitExactTypeTest(Receiver, slot.Receiver);
            il.Emit(OpCodes.Brfalse, next);
            il.EmitLdarg(Receiver);
            if (slot.Unbox)
            {
                il.Emit(OpCodes.Unbox, slot.Receiver);
            }

            il.EmitLdargs(Receiver + 1, last);
            il.EmitCall(slot.Implementation, virtualCall: false);
            il.Emit(OpCodes.Ret);
            il.MarkLabel(next);
        }

        EmitMissTracking(il, missSampleEvery);

        // return receiver.Method(args);
        EmitPlainCall(il, method, last);
        return Finish(dynamicMethod, delegateType, state);
    }

    private static void EmitMissTracking(ILGenerator il, int missSampleEvery)
    {
        // int misses = ++state.Misses;
        // if ((misses & (missSampleEvery - 1)) == 0) state.OnSampledMiss();
        var misses = il.DeclareLocal(typeof(int));
        var notSampled = il.DefineLabel();
        il.EmitLdarg(0);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Ldfld, ReflectionInfo.DispatchStateMisses);
        il.EmitLdcI4(1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, misses);
        il.Emit(OpCodes.Stfld, ReflectionInfo.DispatchStateMisses);
        il.Emit(OpCodes.Ldloc, misses);
        il.EmitLdcI4(missSampleEvery - 1);
        il.Emit(OpCodes.And);
        il.Emit(OpCodes.Brtrue, notSampled);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Call, ReflectionInfo.DispatchStateOnSampledMiss);
        il.MarkLabel(notSampled);
    }

    public static Delegate CompileRecorder(Type delegateType, MethodInfo method, CallSite site)
    {
        var (dynamicMethod, il, last) = Begin(delegateType, typeof(CallSite), "optpoline_record_" + method.Name);

        // site.RecordSample(receiver);
        il.EmitLdarg(0);
        il.EmitLdarg(Receiver);
        il.Emit(OpCodes.Call, ReflectionInfo.CallSiteRecordSample);

        // return receiver.Method(args);
        EmitPlainCall(il, method, last);
        return Finish(dynamicMethod, delegateType, site);
    }

    /// <summary>
    /// The plain call as a delegate, for callers that invoke a site without a shim. An open-instance
    /// delegate over a virtual method dispatches virtually on each call and needs no code of ours, so
    /// creating it never compiles on the calling thread.
    /// </summary>
    public static Delegate CreatePlain(Type delegateType, MethodInfo method)
    {
        try
        {
            return Delegate.CreateDelegate(delegateType, null, method, throwOnBindFailure: false) ?? CompilePlain(delegateType, method);
        }
        catch (NotSupportedException)
        {
            // Open-instance delegates over generic virtual methods are not supported: emit the call.
            return CompilePlain(delegateType, method);
        }
    }

    private static Delegate CompilePlain(Type delegateType, MethodInfo method)
    {
        var (dynamicMethod, il, last) = Begin(delegateType, typeof(object), "optpoline_plain_" + method.Name);
        EmitPlainCall(il, method, last);
        return Finish(dynamicMethod, delegateType, new object());
    }

    private static void EmitPlainCall(ILGenerator il, MethodInfo method, int last)
    {
        il.EmitLdargs(Receiver, last);
        il.EmitCall(method, virtualCall: true);
        il.Emit(OpCodes.Ret);
    }

    private static (DynamicMethod Method, ILGenerator IL, int LastArgument) Begin(Type delegateType, Type closure, string name)
    {
        CompileRule.OnCompile();
        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters();
        var types = new Type[parameters.Length + 1];
        types[0] = closure;
        for (var i = 0; i < parameters.Length; i++)
        {
            types[i + 1] = parameters[i].ParameterType;
        }

        var dynamicMethod = new DynamicMethod(name, invoke.ReturnType, types, restrictedSkipVisibility: true);
        return (dynamicMethod, dynamicMethod.GetILGenerator(), parameters.Length);
    }

    private static Delegate Finish(DynamicMethod method, Type delegateType, object closure)
    {
        var result = method.CreateDelegate(delegateType, closure);

        // PERF: JIT here, on the patcher thread, so the first caller of a new dispatcher never compiles.
        ReflectionInfo.TryPrepare(method);
        return result;
    }
}
