using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>The classifier's verdict on one <c>callvirt</c>: a signature to rewrite with, or why not.</summary>
internal readonly record struct SiteClassification(SiteSignature? Signature, SkipReason Reason, bool IsTail)
{
    public static SiteClassification Skip(SkipReason reason) => new(null, reason, false);

    public static SiteClassification Rewrite(SiteSignature signature, bool isTail) => new(signature, default, isTail);

    public bool ShouldRewrite => Signature is not null;
}
