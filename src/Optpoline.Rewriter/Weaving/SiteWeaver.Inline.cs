using Mono.Cecil;
using Mono.Cecil.Cil;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Weaving;

/// <summary>Sites woven into the caller's own IL, without a shim method.</summary>
internal sealed partial class SiteWeaver
{
    /// <summary>
    /// Whether a site can be woven inline: a plain virtual, interface, generic virtual or delegate call.
    /// <c>tail.</c> calls (which must be followed by <c>ret</c>), <c>constrained.</c> calls (generic over
    /// the constrained type) and sites with baked guards keep their shim.
    /// </summary>
    public static bool CanWeaveInline(SiteClassification site, IReadOnlyList<BakedGuard> guards) =>
        site.Kind != SiteKind.Constrained && !site.IsTail && guards.Count == 0;

    /// <summary>
    /// Rewrites the call at <paramref name="call"/> in place, with the arguments already on the stack:
    /// <code>
    ///     stloc    an ... stloc a1         // was: callvirt Callee (branches, handlers, sequence points still land here)
    ///     stloc    receiver
    ///     ldsfld   Holder::Target
    ///     stloc    d
    ///     ldloc    d
    ///     brtrue   Promoted
    ///     ldloc    receiver, ldloc a1 ... ldloc an
    ///     callvirt Callee                  // the plain call, profiled by dynamic PGO in the caller itself
    ///     br       Next                    // or ret, when Next is a ret
    /// Promoted:
    ///     ldloc    d, ldloc receiver, ldloc a1 ... ldloc an
    ///     callvirt TDelegate::Invoke
    /// Next:
    /// </code>
    /// </summary>
    /// <remarks>
    /// <para>
    /// PERF: the same code an inlined shim gives at tier 1, without a shim method: at tier 0 the caller
    /// makes no extra call, and the hot shims do not queue a tier-1 compilation of their own beside
    /// their callers' (which, on a machine with few cores, delays the callers' own). The code stays
    /// inside the call's protected region: a <c>try</c> cannot end right after a call (it ends with
    /// <c>leave</c> or <c>throw</c>), so <c>Next</c> is in the same region.
    /// </para>
    /// <para>
    /// Stack: the operands go to locals before the branch, not after it. The JIT gives every value left
    /// on the evaluation stack across a branch a spill temporary of its own, and unoptimised code gives
    /// every temporary its own stack slot: branching with the operands still on the stack gave each
    /// site a fresh set, and a recursive woven method used nearly four times the stack per frame of the
    /// original (80 to 304 bytes in <c>StackUseTests</c>' evaluator). Locals are shared by type among
    /// the method's sites (<see cref="SiteLocals"/>), so a method pays for its widest site once.
    /// </para>
    /// </remarks>
    public void WeaveInline(MethodDefinition caller, Instruction call, SiteClassification site, SiteLocals locals)
    {
        var (_, access) = NewSite(caller, call, site, []);
        var variables = locals.For(site.Signature!.Arguments.Prepend(access.DelegateType));
        var d = variables[0];
        var operands = variables[1..];
        var il = caller.Body.GetILProcessor();
        var next = call.Next;
        var promoted = il.Create(OpCodes.Ldloc, d);
        var code = new List<Instruction>();
        code.AddRange(operands[..^1].Reverse().Select(a => il.Create(OpCodes.Stloc, a)));
        code.Add(il.Create(OpCodes.Ldsfld, access.Target));
        code.Add(il.Create(OpCodes.Stloc, d));
        code.Add(il.Create(OpCodes.Ldloc, d));
        code.Add(il.Create(OpCodes.Brtrue, promoted));
        code.AddRange(operands.Select(a => il.Create(OpCodes.Ldloc, a)));
        code.Add(il.Create(OpCodes.Callvirt, access.Callee));

        // A call followed by ret stays so: the JIT may then make it a tail call, as it did before.
        code.Add(next.OpCode == OpCodes.Ret ? il.Create(OpCodes.Ret) : il.Create(OpCodes.Br, next));
        code.Add(promoted);
        code.AddRange(operands.Select(a => il.Create(OpCodes.Ldloc, a)));
        code.Add(il.Create(OpCodes.Callvirt, access.Invoke));

        call.OpCode = OpCodes.Stloc;
        call.Operand = operands[^1];
        var after = call;
        foreach (var instruction in code)
        {
            il.InsertAfter(after, instruction);
            after = instruction;
        }
    }
}
