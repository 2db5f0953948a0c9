using System.Reflection;
using System.Reflection.Emit;
using Optpoline.Dispatch;

namespace Optpoline.Tests.Differential;

/// <summary>
/// The test's own calls, emitted independently of the library: the plain virtual call that defines
/// the expected behaviour, and direct non-virtual calls to what <see cref="TargetResolver"/> resolved.
/// </summary>
internal static class ReferenceCalls
{
    /// <summary><c>(receiver, args) =&gt; receiver.Method(args)</c> with <c>callvirt</c>.</summary>
    public static TDelegate Virtual<TDelegate>(MethodInfo method)
        where TDelegate : Delegate
    {
        var (dynamicMethod, il, count) = Begin<TDelegate>("plain_" + method.Name);
        for (var i = 0; i < count; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)i);
        }

        il.Emit(OpCodes.Callvirt, method);
        il.Emit(OpCodes.Ret);
        return dynamicMethod.CreateDelegate<TDelegate>();
    }

    /// <summary>
    /// <c>(index, receiver, args) =&gt; index switch { i =&gt; ((R_i)receiver).Impl_i(args) }</c> with a
    /// non-virtual <c>call</c>; a struct receiver is unboxed in place when its own method is the target.
    /// </summary>
    public static TDelegate Direct<TDelegate>(IReadOnlyList<ResolvedTarget> targets)
        where TDelegate : Delegate
    {
        var (dynamicMethod, il, count) = Begin<TDelegate>("direct");
        var labels = targets.Select(_ => il.DefineLabel()).ToArray();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Switch, labels);
        il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Throw);
        for (var t = 0; t < targets.Count; t++)
        {
            var target = targets[t];
            il.MarkLabel(labels[t]);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(target.Unbox ? OpCodes.Unbox : OpCodes.Castclass, target.Unbox ? target.Receiver : target.Implementation.DeclaringType!);
            for (var i = 2; i < count; i++)
            {
                il.Emit(OpCodes.Ldarg, (short)i);
            }

            il.Emit(OpCodes.Call, target.Implementation);
            il.Emit(OpCodes.Ret);
        }

        return dynamicMethod.CreateDelegate<TDelegate>();
    }

    private static (DynamicMethod Method, ILGenerator IL, int Count) Begin<TDelegate>(string name)
    {
        var invoke = typeof(TDelegate).GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => p.ParameterType).ToArray();
        var dynamicMethod = new DynamicMethod(name, invoke.ReturnType, parameters, restrictedSkipVisibility: true);
        return (dynamicMethod, dynamicMethod.GetILGenerator(), parameters.Length);
    }
}
