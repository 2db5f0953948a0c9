using Optpoline.Policies;
using Optpoline.Tests.Fixtures;
using static Optpoline.Tests.Policies.Hot;

namespace Optpoline.Tests.Policies;

/// <summary>The promotion rule on made-up shares (binary fractions, so that the edges are exact).</summary>
public sealed class PromotionRuleTests
{
    private static readonly OptpolineOptions Options = new() { PromoteMissShare = 0.5, MinCoverage = 0.75, MaxSlots = 8 };

    private static readonly KeyShare[] Shares = [Share<A>(0.5), Share<B>(0.25), Share<C>(0.125), Share<D>(0.125)];

    private static readonly HotTarget[] AllHot = [Of<A>(0.5), Of<B>(0.25), Of<C>(0.125), Of<D>(0.125)];

    [Fact]
    public void Judge_NoHotKey_StaysPlain()
    {
        var verdict = Judge(hot: [], plain: Keys());

        Assert.Equal(PromotionOutcome.StayPlain, verdict.Outcome);
        Assert.Equal("no receiver type is hot enough to take a slot", verdict.Reason);
    }

    [Fact]
    public void Judge_MissShareExactlyAtThreshold_Promotes()
    {
        // The JIT's guess is A (half the calls): it misses exactly PromoteMissShare.
        var verdict = Judge(AllHot, plain: Keys(typeof(A)));

        Assert.Equal(PromotionOutcome.Promote, verdict.Outcome);
        Assert.Equal("promoted: the JIT's guess would miss 50 % of calls", verdict.Reason);
    }

    [Fact]
    public void Judge_MissShareJustBelowThreshold_StaysPlain()
    {
        KeyShare[] shares = [Share<A>(0.5 + (1.0 / 64)), Share<B>(0.25), Share<C>(0.125), Share<D>(0.125 - (1.0 / 64))];

        var verdict = PromotionRule.Judge(new PromotionInput(shares, AllHot, Keys(typeof(A)), null, false, false, 8), Options);

        Assert.Equal(PromotionOutcome.StayPlain, verdict.Outcome);
        Assert.Equal("the JIT's own guess covers 52 % of calls", verdict.Reason);
    }

    [Fact]
    public void Judge_PromotedSite_StaysPromotedDownToHalfTheThreshold()
    {
        // The plain path (A and B) misses a quarter: half of PromoteMissShare, exactly.
        var promoted = Judge(AllHot, plain: Keys(typeof(A), typeof(B)), promoted: true);
        var fresh = Judge(AllHot, plain: Keys(typeof(A), typeof(B)), promoted: false);
        var promotedBelow = Judge(AllHot, plain: Keys(typeof(A), typeof(B), typeof(C)), promoted: true);

        Assert.Equal(PromotionOutcome.Promote, promoted.Outcome);
        Assert.Equal(PromotionOutcome.StayPlain, fresh.Outcome);
        Assert.Equal(PromotionOutcome.StayPlain, promotedBelow.Outcome);
    }

    [Fact]
    public void Judge_NoPlainPath_PromotesEvenAMonomorphicSite()
    {
        // A generic virtual call (or an unprofiled plain call) has no JIT guess: every call is a miss.
        var verdict = PromotionRule.Judge(new PromotionInput([Share<A>(1)], [Of<A>(1)], Keys(), null, false, false, 8), Options);

        Assert.Equal(PromotionOutcome.Promote, verdict.Outcome);
    }

    [Fact]
    public void Judge_SlotsCoverExactlyMinCoverage_Promotes()
    {
        var verdict = Judge(AllHot, plain: Keys(), maxSlots: 2);

        Assert.Equal(PromotionOutcome.Promote, verdict.Outcome);
    }

    [Fact]
    public void Judge_SlotsCoverUnderMinCoverage_GoesMegamorphic()
    {
        HotTarget[] hot = [Of<A>(0.5), Of<B>(0.125), Of<C>(0.125)];

        var verdict = Judge(hot, plain: Keys(), maxSlots: 2);

        Assert.Equal(PromotionOutcome.Megamorphic, verdict.Outcome);
        Assert.Equal("2 slots would cover under 75 % of calls", verdict.Reason);
    }

    [Fact]
    public void Judge_OnlyLargeTargetsMissed_StaysPlainSayingWhy()
    {
        var verdict = Judge(AllHot, plain: Keys(typeof(A)), inlinable: Keys());

        Assert.Equal(PromotionOutcome.StayPlain, verdict.Outcome);
        Assert.Equal("the JIT's guess misses 50 % of calls, but only 0 % go to methods small enough for a dispatcher to inline", verdict.Reason);
    }

    [Fact]
    public void Judge_InlinableMissedShareAtThreshold_Promotes()
    {
        // B, C and D are missed; B and C (three eighths) inline, under half; with D too, exactly half.
        var under = Judge(AllHot, plain: Keys(typeof(A)), inlinable: Keys(typeof(B), typeof(C)));
        var at = Judge(AllHot, plain: Keys(typeof(A)), inlinable: Keys(typeof(B), typeof(C), typeof(D)));

        Assert.Equal(PromotionOutcome.StayPlain, under.Outcome);
        Assert.Equal(PromotionOutcome.Promote, at.Outcome);
    }

    [Fact]
    public void Judge_InlinableKeyOnThePlainPath_DoesNotCount()
    {
        var verdict = Judge(AllHot, plain: Keys(typeof(A)), inlinable: Keys(typeof(A), typeof(B), typeof(C)));

        Assert.Equal(PromotionOutcome.StayPlain, verdict.Outcome);
    }

    [Fact]
    public void Judge_BakedGuards_NamedInTheReasons()
    {
        var plain = Judge(AllHot, plain: Keys(typeof(A), typeof(B)), baked: true);
        var promoted = Judge(AllHot, plain: Keys(typeof(A)), baked: true);

        Assert.Equal("the baked guards and the JIT's guess cover 75 % of calls", plain.Reason);
        Assert.Equal("promoted: the baked guards and the JIT's guess would miss 50 % of calls", promoted.Reason);
    }

    private static PromotionVerdict Judge(HotTarget[] hot, HashSet<object> plain, HashSet<object>? inlinable = null, bool baked = false, bool promoted = false, int maxSlots = 8) =>
        PromotionRule.Judge(new PromotionInput(Shares, hot, plain, inlinable, baked, promoted, maxSlots), Options);
}
