using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Dispatch;

/// <summary>The dispatcher of a delegate-invoke site: code-pointer guards, then a direct call with the delegate's target.</summary>
internal static partial class DispatcherCompiler
{
    /// <summary>
    /// Compiles <c>(d, args) =&gt; d matches slot i ? slot i's method([d._target,] args) : d.Invoke(args)</c>
    /// with miss tracking. The site's delegate type is sealed, so the pointers alone name what the
    /// delegate runs; a slot for shared generic code also tests the target's exact type.
    /// </summary>
    public static Delegate CompileDelegateDispatcher(Type dispatchType, MethodInfo invoke, IReadOnlyList<ResolvedTarget> slots, DispatchState state, int missSampleEvery)
    {
        var fields = DelegateFields.Instance;
        var (dynamicMethod, il, last) = Begin(dispatchType, typeof(DispatchState), "optpoline_dispatch_" + invoke.DeclaringType!.Name);

        // nint p = d._methodPtr, q = d._methodPtrAux;      (a null d throws here, as d.Invoke would)
        var p = il.DeclareLocal(typeof(nint));
        var q = il.DeclareLocal(typeof(nint));
        var target = il.DeclareLocal(typeof(object));
        il.EmitLdarg(Receiver);
        il.Emit(OpCodes.Ldfld, fields.MethodPtr);
        il.Emit(OpCodes.Stloc, p);
        il.EmitLdarg(Receiver);
        il.Emit(OpCodes.Ldfld, fields.MethodPtrAux);
        il.Emit(OpCodes.Stloc, q);

        foreach (var slot in slots.Cast<DelegateTarget>())
        {
            // if (p == P && q == Q [&& d._target is exactly T]) return Method([(T)d._target,] args);
            var key = slot.DelegateKey;
            var next = il.DefineLabel();
            EmitPointerTest(il, p, key.MethodPtr, next);
            EmitPointerTest(il, q, key.MethodPtrAux, next);
            if (key.HasTargetType)
            {
                // object target = d._target; if (target == null || target.GetType() != typeof(T)) goto next;
                il.EmitLdarg(Receiver);
                il.Emit(OpCodes.Ldfld, fields.Target);
                il.Emit(OpCodes.Stloc, target);
                il.Emit(OpCodes.Ldloc, target);
                il.Emit(OpCodes.Brfalse, next);
                il.Emit(OpCodes.Ldloc, target);
                il.Emit(OpCodes.Call, ReflectionInfo.ObjectGetType);
                il.Emit(OpCodes.Ldtoken, key.TargetType!);
                il.Emit(OpCodes.Call, ReflectionInfo.TypeGetTypeFromHandle);
                il.Emit(OpCodes.Call, ReflectionInfo.TypeEquality);
                il.Emit(OpCodes.Brfalse, next);
            }

            if (slot.Shape != DelegateShape.OpenStatic)
            {
                il.EmitLdarg(Receiver);
                il.Emit(OpCodes.Ldfld, fields.Target);
                if (slot.Unbox)
                {
                    il.Emit(OpCodes.Unbox, slot.Implementation.DeclaringType!);
                }
            }

            il.EmitLdargs(Receiver + 1, last);
            il.EmitCall(slot.Implementation, virtualCall: false);
            il.Emit(OpCodes.Ret);
            il.MarkLabel(next);
        }

        EmitMissTracking(il, missSampleEvery);

        // return d.Invoke(args);
        EmitPlainCall(il, invoke, last);
        return Finish(dynamicMethod, dispatchType, state);
    }

    private static void EmitPointerTest(ILGenerator il, LocalBuilder local, nint expected, Label otherwise)
    {
        // if (local != expected) goto otherwise;
        il.Emit(OpCodes.Ldloc, local);
        il.Emit(OpCodes.Ldc_I8, (long)expected);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Bne_Un, otherwise);
    }
}
