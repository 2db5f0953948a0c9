namespace Optpoline.Rewriter;

/// <summary>Why a <c>callvirt</c> was left as it is.</summary>
public enum SkipReason
{
    /// <summary>The callee is not virtual: C# uses <c>callvirt</c> on it only for the null check.</summary>
    NotVirtual,

    /// <summary>The callee is final or its type is sealed: the JIT calls it directly already.</summary>
    Final,

    /// <summary>A <c>constrained.</c> call on a value type (or a type parameter constrained to <c>struct</c>): the JIT calls it directly already.</summary>
    Constrained,

    /// <summary>
    /// The callee is named through generic parameters of the caller and one of them may be a ref struct
    /// (<c>allows ref struct</c>): no delegate type of the site could take it. (Other calls in generic
    /// code are rewritten, with a site per instantiation of the caller.)
    /// </summary>
    GenericContext,

    /// <summary>Pointers, byref returns, function pointers, varargs or another signature a delegate cannot carry.</summary>
    UnsupportedSignature,

    /// <summary>A prefix other than <c>tail.</c> or <c>constrained.</c> stands before the call, or both do.</summary>
    Prefixed,

    /// <summary>The callee's definition could not be found in the referenced assembly.</summary>
    Unresolved,

    /// <summary>The caller is excluded by <c>--exclude</c> or not included by <c>--include</c>.</summary>
    Excluded,

    /// <summary>
    /// The profile shows one receiver type (for a delegate call, one target method) taking nearly every
    /// call of this site, which is not a generic virtual call: the JIT's own guarded devirtualisation is
    /// that one inline guard, so the call is left to it, unwoven
    /// (<see cref="Baking.BakeSettings.LeaveMonomorphicToJit"/>).
    /// </summary>
    Monomorphic,

    /// <summary>
    /// The profile shows no gain from weaving this call: it never ran while the profile was recorded,
    /// or its adaptive site never published a dispatcher and it has no guards to bake
    /// (<see cref="WeaveScope.Profitable"/>). Left as compiled, to the JIT.
    /// </summary>
    Unprofitable,

    /// <summary>
    /// No profile of this build covers the assembly, and the call is not a generic virtual call: the
    /// JIT's own guarded devirtualization serves such calls well enough that weaving them unprofiled
    /// costs more than it wins (<see cref="WeaveScope.Profitable"/>). Left as compiled.
    /// </summary>
    NotProfiled,
}
