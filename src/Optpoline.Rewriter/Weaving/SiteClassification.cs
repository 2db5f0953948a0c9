using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// The classifier's verdict on one <c>callvirt</c>: a signature to rewrite with and which shim, or why
/// not. For a <c>constrained.</c> call, <see cref="Constraint"/> is the prefix instruction (its operand the
/// constrained type), which the weaver turns into a <c>nop</c>. <see cref="InGenericCode"/> says that the
/// callee (or the delegate type) is named through the caller's type parameters, whether or not the
/// site is rewritten: such a site gets a holder generic over them (<see cref="CallerGenerics"/>).
/// </summary>
internal readonly record struct SiteClassification(SiteSignature? Signature, SkipReason Reason, bool IsTail, SiteKind Kind, Instruction? Constraint)
{
    public bool InGenericCode { get; init; }

    public static SiteClassification Skip(SkipReason reason) => new(null, reason, false, SiteKind.Virtual, null);

    public static SiteClassification Rewrite(SiteSignature signature, bool isTail, SiteKind kind, Instruction? constraint) => new(signature, default, isTail, kind, constraint);

    public bool ShouldRewrite => Signature is not null;
}
