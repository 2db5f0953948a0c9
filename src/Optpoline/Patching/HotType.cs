using Optpoline.Dispatch;

namespace Optpoline.Patching;

/// <summary>A sample key that can take a slot: its share of sampled calls and what it resolves to.</summary>
internal sealed record HotType(ResolvedTarget Target, double Share)
{
    public Type Receiver => Target.Receiver;

    public object Key => Target.Key;
}
