using Mono.Cecil;
using Mono.Cecil.Cil;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Weaving;

/// <summary>Baked guards: exact-type tests with direct calls, emitted into a receiver shim ahead of its plain call.</summary>
internal sealed partial class SiteWeaver
{
    /// <summary>
    /// For each guard: <c>if (receiver.GetType() == typeof(X)) return X::M(receiver, a1, ...);</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The JIT folds <c>o.GetType() == typeof(X)</c> into one compare of the receiver's method table
    /// with a constant, the same test its own guarded devirtualisation makes, and can inline the
    /// direct call behind it. A null receiver throws <see cref="NullReferenceException"/> in
    /// <c>GetType</c>, as the plain <c>callvirt</c> would have.
    /// </para>
    /// <para>
    /// The receiver is passed as it is: after an exact type test no cast is needed (the JIT does not
    /// check the static type of <c>this</c> on a <c>call</c>), except that a boxed value type's own
    /// method takes the value by reference: <c>unbox</c>, as the runtime's unboxing stub does.
    /// </para>
    /// </remarks>
    private void EmitGuards(ILProcessor il, MethodDefinition shim, IReadOnlyList<BakedGuard> guards, bool tail)
    {
        var receiver = shim.Parameters[0];
        foreach (var guard in guards)
        {
            var next = il.Create(OpCodes.Nop);
            il.Emit(OpCodes.Ldarg, receiver);
            il.Emit(OpCodes.Callvirt, runtime.ObjectGetType);
            il.Emit(OpCodes.Ldtoken, guard.ReceiverType);
            il.Emit(OpCodes.Call, runtime.TypeGetTypeFromHandle);
            il.Emit(OpCodes.Call, runtime.TypeEquality);
            il.Emit(OpCodes.Brfalse, next);
            il.Emit(OpCodes.Ldarg, receiver);
            if (guard.Unbox)
            {
                il.Emit(OpCodes.Unbox, guard.ReceiverType);
            }

            foreach (var parameter in shim.Parameters.Skip(1))
            {
                il.Emit(OpCodes.Ldarg, parameter);
            }

            il.EmitCall(OpCodes.Call, guard.Target, tail);
            il.Emit(OpCodes.Ret);
            il.Append(next);
        }
    }
}
