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
    ///     ldsfld   Holder::Target      // was: callvirt Callee (branches, handlers, sequence points still land here)
    ///     stloc    d
    ///     ldloc    d
    ///     brtrue   Promoted
    ///     callvirt Callee              // the plain call, profiled by dynamic PGO in the caller itself
    ///     br       Next                // or ret, when Next is a ret
    /// Promoted:
    ///     stloc    an ... stloc a1, stloc receiver
    ///     ldloc    d, ldloc receiver, ldloc a1 ... ldloc an
    ///     callvirt TDelegate::Invoke
    /// Next:
    /// </code>
    /// </summary>
    /// <remarks>
    /// PERF: the same code an inlined shim gives at tier 1, without a shim method: at tier 0 the caller
    /// makes no extra call, and the hot shims do not queue a tier-1 compilation of their own beside
    /// their callers' (which, on a machine with few cores, delays the callers' own). The code stays
    /// inside the call's protected region: a <c>try</c> cannot end right after a call (it ends with
    /// <c>leave</c> or <c>throw</c>), so <c>Next</c> is in the same region.
    /// </remarks>
    public void WeaveInline(MethodDefinition caller, Instruction call, SiteClassification site, SiteLocals locals)
    {
        var (_, access) = NewSite(caller, call, site, []);
        var variables = locals.For(site.Signature!.Arguments.Prepend(access.DelegateType));
        var d = variables[0];
        var arguments = variables[1..];
        var il = caller.Body.GetILProcessor();
        var next = call.Next;
        var promoted = il.Create(OpCodes.Stloc, arguments[^1]);
        var code = new List<Instruction>
        {
            il.Create(OpCodes.Stloc, d),
            il.Create(OpCodes.Ldloc, d),
            il.Create(OpCodes.Brtrue, promoted),
            il.Create(OpCodes.Callvirt, access.Callee),

            // A call followed by ret stays so: the JIT may then make it a tail call, as it did before.
            next.OpCode == OpCodes.Ret ? il.Create(OpCodes.Ret) : il.Create(OpCodes.Br, next),
            promoted,
        };
        code.AddRange(arguments[..^1].Reverse().Select(a => il.Create(OpCodes.Stloc, a)));
        code.Add(il.Create(OpCodes.Ldloc, d));
        code.AddRange(arguments.Select(a => il.Create(OpCodes.Ldloc, a)));
        code.Add(il.Create(OpCodes.Callvirt, access.Invoke));

        call.OpCode = OpCodes.Ldsfld;
        call.Operand = access.Target;
        var after = call;
        foreach (var instruction in code)
        {
            il.InsertAfter(after, instruction);
            after = instruction;
        }
    }
}
