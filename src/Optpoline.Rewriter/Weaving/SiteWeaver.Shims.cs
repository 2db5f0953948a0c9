using Mono.Cecil;
using Mono.Cecil.Cil;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Weaving;

/// <summary>The shims' bodies: one for calls on an object reference (virtual calls and delegate invocations), one for <c>constrained.</c> calls.</summary>
internal sealed partial class SiteWeaver
{
    /// <summary>
    /// Virtual, interface and generic virtual calls; delegate invocations (the receiver is the delegate,
    /// the callee its <c>Invoke</c>: the runtime's delegate site learns target methods, not types).
    /// </summary>
    private void ReceiverShim(MethodDefinition shim, SiteSignature signature, SiteAccess access, bool tail, IReadOnlyList<BakedGuard> guards)
    {
        var index = 0;
        foreach (var argument in signature.Arguments)
        {
            shim.Parameters.Add(new ParameterDefinition(index++ == 0 ? "receiver" : "a" + (index - 1), ParameterAttributes.None, argument));
        }

        // var d = Holder.Target;        // what the site publishes: one load
        // if (d != null) return d.Invoke(receiver, a1, ...);
        // if (receiver.GetType() == typeof(X1)) return ((X1)receiver).Target1(a1, ...);   // baked: call, not callvirt
        // ...
        // return receiver.Callee(a1, ...);          // callvirt: a null receiver throws here, as before
        //
        // The adaptive site comes first so that its sampling bursts see every call, baked hits
        // included (the report's hit share of the guards); it only publishes a dispatcher when
        // the baked guards and the JIT's guess would miss most calls, i.e. the profile has gone stale.
        var body = shim.Body;
        var d = new VariableDefinition(access.DelegateType);
        body.Variables.Add(d);
        body.InitLocals = true;
        var il = body.GetILProcessor();
        var plain = il.Create(OpCodes.Nop);
        il.Emit(OpCodes.Ldsfld, access.Target);
        il.Emit(OpCodes.Stloc, d);
        il.Emit(OpCodes.Ldloc, d);
        il.Emit(OpCodes.Brfalse, plain);
        il.Emit(OpCodes.Ldloc, d);
        il.EmitLdargs(shim);
        il.EmitCall(OpCodes.Callvirt, access.Invoke, tail);
        il.Emit(OpCodes.Ret);
        il.Append(plain);
        EmitGuards(il, shim, guards, tail);
        il.EmitLdargs(shim);
        il.EmitCall(OpCodes.Callvirt, access.Callee, tail);
        il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// <c>constrained. T callvirt I::M</c>: the shim is generic over T and takes the receiver by
    /// reference, as the original call did. For a value-type T the JIT folds the test away and keeps
    /// only the original constrained call, which calls the value type's method on the caller's own
    /// storage: nothing is boxed and mutations land where they did. For a reference-type T (one
    /// shared body for all of them) the site dispatches on the object.
    /// </summary>
    private void ConstrainedShim(MethodDefinition shim, SiteSignature signature, SiteAccess access)
    {
        var constrained = new GenericParameter(shim.GenericParameters.Any(p => p.Name == "T") ? "TConstrained" : "T", shim);
        shim.GenericParameters.Add(constrained);
        shim.Parameters.Add(new ParameterDefinition("receiver", ParameterAttributes.None, new ByReferenceType(constrained)));
        var index = 0;
        foreach (var parameter in signature.Parameters)
        {
            shim.Parameters.Add(new ParameterDefinition("a" + ++index, ParameterAttributes.None, parameter));
        }

        // if (!typeof(T).IsValueType)                 // a JIT-time constant in every instantiation
        // {
        //     var d = Holder.Target;
        //     if (d != null) return d.Invoke((I)(object)receiver, a1, ...);
        // }
        // return receiver.Callee(a1, ...);            // constrained. T callvirt, as before
        var body = shim.Body;
        var d = new VariableDefinition(access.DelegateType);
        body.Variables.Add(d);
        body.InitLocals = true;
        var il = body.GetILProcessor();
        var plain = il.Create(OpCodes.Nop);
        il.Emit(OpCodes.Ldtoken, constrained);
        il.Emit(OpCodes.Call, runtime.TypeGetTypeFromHandle);
        il.Emit(OpCodes.Callvirt, runtime.TypeIsValueType);
        il.Emit(OpCodes.Brtrue, plain);
        il.Emit(OpCodes.Ldsfld, access.Target);
        il.Emit(OpCodes.Stloc, d);
        il.Emit(OpCodes.Ldloc, d);
        il.Emit(OpCodes.Brfalse, plain);
        il.Emit(OpCodes.Ldloc, d);
        il.Emit(OpCodes.Ldarg, shim.Parameters[0]);
        il.Emit(OpCodes.Ldobj, constrained);
        il.Emit(OpCodes.Box, constrained);
        foreach (var parameter in shim.Parameters.Skip(1))
        {
            il.Emit(OpCodes.Ldarg, parameter);
        }

        il.Emit(OpCodes.Callvirt, access.Invoke);
        il.Emit(OpCodes.Ret);
        il.Append(plain);
        il.EmitLdargs(shim);
        il.Emit(OpCodes.Constrained, constrained);
        il.Emit(OpCodes.Callvirt, access.Callee);
        il.Emit(OpCodes.Ret);
    }
}
