using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Optpoline.Dispatch;

/// <summary>Reflection handles used by the emitters, looked up once.</summary>
internal static class ReflectionInfo
{
    public static readonly MethodInfo ObjectGetType = typeof(object).GetMethod(nameof(GetType), Type.EmptyTypes)!;

    public static readonly MethodInfo TypeGetTypeFromHandle = typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle), [typeof(RuntimeTypeHandle)])!;

    public static readonly MethodInfo TypeEquality = typeof(Type).GetMethod("op_Equality", [typeof(Type), typeof(Type)])!;

    public static readonly FieldInfo DispatchStateMisses = typeof(DispatchState).GetField(nameof(DispatchState.Misses))!;

    public static readonly MethodInfo DispatchStateOnSampledMiss = typeof(DispatchState).GetMethod(nameof(DispatchState.OnSampledMiss))!;

    public static readonly MethodInfo CallSiteRecordSample = typeof(CallSite).GetMethod(nameof(CallSite.RecordSample), BindingFlags.NonPublic | BindingFlags.Instance)!;

    // Not public API: DynamicMethod's runtime handle, so that the patcher thread can JIT a
    // dispatcher before publishing it. When a runtime lacks it, the first caller JITs instead.
    private static readonly MethodInfo? s_getMethodDescriptor =
        typeof(DynamicMethod).GetMethod("GetMethodDescriptor", BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);

    /// <summary>Compiles <paramref name="method"/> now, on the calling (patcher) thread, when the runtime allows it.</summary>
    public static bool TryPrepare(DynamicMethod method)
    {
        if (s_getMethodDescriptor?.Invoke(method, null) is not RuntimeMethodHandle handle)
        {
            return false;
        }

        RuntimeHelpers.PrepareMethod(handle);
        return true;
    }
}
