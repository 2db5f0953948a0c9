using System.Reflection;

namespace Optpoline.Dispatch;

/// <summary>
/// What a call to a site's method really runs for one exact receiver type.
/// <paramref name="Unbox"/> is true when the implementation is declared on the receiver's own
/// value type and so takes a reference into the box rather than the box itself.
/// </summary>
internal record ResolvedTarget(Type Receiver, MethodInfo Implementation, bool Unbox)
{
    /// <summary>The sample key the slot stands for (see <see cref="Learning.SampleKeys"/>): here the receiver type.</summary>
    public virtual object Key => Receiver;

    /// <summary>Whether something learned since resolution forbids the slot (see <see cref="DelegateTarget"/>).</summary>
    public virtual bool Revoked => false;

    /// <summary>Whether a dispatcher will likely inline <see cref="Implementation"/> (see <see cref="InlineEstimate"/>).</summary>
    public bool IsLikelyInlined(int maxILSize) => InlineEstimate.IsLikelyInlined(Implementation, maxILSize);
}
