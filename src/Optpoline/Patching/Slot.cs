using Optpoline.Dispatch;

namespace Optpoline.Patching;

/// <summary>One guarded direct call of a promoted site, and when it was last (re)written.</summary>
internal sealed record Slot(ResolvedTarget Target, DateTimeOffset ModifiedAt)
{
    public Type Receiver => Target.Receiver;

    /// <summary>What the slot's guard tests for: the receiver type, or a delegate key.</summary>
    public object Key => Target.Key;
}
