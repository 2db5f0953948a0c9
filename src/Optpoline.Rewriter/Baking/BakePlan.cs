namespace Optpoline.Rewriter.Baking;

/// <summary>What the profile makes of one rewritable call: leave it to the JIT, or weave it with these guards (none: as without a profile).</summary>
internal readonly record struct BakePlan(bool LeaveToJit, IReadOnlyList<BakedGuard> Guards)
{
    public static BakePlan None { get; } = new(false, []);
}
