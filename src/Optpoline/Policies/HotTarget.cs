using Optpoline.Dispatch;

namespace Optpoline.Policies;

/// <summary>
/// A sample key on its way to a slot, as one evaluation sees it: what it resolves to, its share of
/// that evaluation's samples, and when its slot was last written (null while it holds none). The one
/// record from the samples to the dispatcher: the hot list, the slots and the report all carry it;
/// the compiler takes its <see cref="Target"/>.
/// </summary>
internal sealed record HotTarget(ResolvedTarget Target, double Share, DateTimeOffset? ModifiedAt = null)
{
    public Type Receiver => Target.Receiver;

    /// <summary>What the slot's guard tests for: the receiver type, or a delegate key.</summary>
    public object Key => Target.Key;
}
