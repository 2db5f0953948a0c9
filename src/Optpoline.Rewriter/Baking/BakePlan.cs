namespace Optpoline.Rewriter.Baking;

/// <summary>
/// What the profile makes of one rewritable call: leave it to the JIT (<see cref="Leave"/> says why),
/// or weave it with these guards (none: as without a profile; <see cref="Rejection"/> then says why
/// nothing was baked, if the profile named the site).
/// </summary>
internal readonly record struct BakePlan(SkipReason? Leave, IReadOnlyList<BakedGuard> Guards)
{
    public BakeRejection? Rejection { get; init; }

    public static BakePlan None { get; } = new(null, []);

    public static BakePlan LeaveToJit(SkipReason reason) => new(reason, []);
}
