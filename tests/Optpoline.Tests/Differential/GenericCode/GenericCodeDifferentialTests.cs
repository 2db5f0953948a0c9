using Xunit.Abstractions;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// The correctness argument for calls in generic code: on random hierarchies biased to generic
/// interfaces and classes (instantiated over value and reference types), generic virtual methods,
/// covariant interfaces, default methods of generic interfaces, <c>new</c> slots and explicit
/// implementations, every callee with a type argument is called from a generic caller woven as the
/// rewriter weaves it (a holder generic over the caller's parameters, a site per exact instantiation),
/// and each call through it does what the plain call does.
/// Size and seed: <c>OPTPOLINE_GENERIC_DIFF_COUNT</c>, <c>OPTPOLINE_GENERIC_DIFF_SEED</c>,
/// <c>OPTPOLINE_GENERIC_DIFF_START</c> (see <see cref="DiffSettings"/>).
/// </summary>
public sealed class GenericCodeDifferentialTests(ITestOutputHelper output)
{
    private const string Prefix = "OPTPOLINE_GENERIC_DIFF";

    private const int DefaultSeed = 20260202;

    /// <summary>A few seconds in CI; the assertions that every case was promoted hold from this many hierarchies on.</summary>
    private const int DefaultCount = 40;

    [Fact]
    public void CallSite_GenericCallersOverRandomHierarchies_BehavesAsPlainCall()
    {
        var settings = DiffSettings.FromEnvironment(Prefix, DefaultSeed, DefaultCount);
        var statistics = new GenericCodeStatistics();
        var runner = new GenericCodeRunner(statistics);
        var log = new DiffFailureLog(settings);
        for (var index = settings.Start; index < settings.Start + settings.Count; index++)
        {
            log.Add(index, runner.Run(HierarchyGenerator.Generate(settings.Seed, index, GeneratorBias.GenericCode)));
        }

        output.WriteLine(statistics.Summary());
        log.AssertNone("through a site in generic code", "caller(s)", statistics.Summary());

        // Not vacuous: many calls really went through slots, in shared and unshared code, of every kind of target.
        var common = statistics.Common;
        Assert.True(common.PromotedCalls >= common.Calls * 0.3, $"too few promoted calls: {statistics.Summary()}");
        Assert.True(common.SitesWithPromotedCalls >= common.Sites * 0.8, $"too few sites promoted: {statistics.Summary()}");
        if (settings.Count >= DefaultCount)
        {
            Assert.True(statistics.PromotedInSharedCode > 0 && statistics.PromotedInUnsharedCode > 0, $"no promoted call in shared or in unshared code: {statistics.Summary()}");
            // The runtime gives no slot to a receiver that reaches the interface only through variance
            // (TargetResolver.Refuse): such calls must take the site's plain path, and did so correctly above.
            Assert.True(statistics.CallsThroughVariance > 0, $"no call reached its callee through variance: {statistics.Summary()}");
            Assert.True(statistics.CallersSharingCode > 0 && statistics.CallersWithUnusedParameter > 0, $"no caller shared code or had an unused parameter: {statistics.Summary()}");
            Assert.True(statistics.TwiceImplementedSites > 0, $"no receiver implemented a generic interface twice: {statistics.Summary()}");
            TargetKind[] kinds =
            [
                TargetKind.ClassMethod, TargetKind.ExplicitImplementation, TargetKind.DefaultInterfaceMethod,
                TargetKind.GenericMethodAtReferenceType, TargetKind.GenericMethodAtValueType,
                TargetKind.SharedGenericType, TargetKind.ValueTypeGenericType, TargetKind.UnboxedStruct,
            ];
            Assert.All(kinds, kind => Assert.True(common.PromotedByKind[kind] > 0, $"no call was promoted to a {kind}: {statistics.Summary()}"));
            DiffCase[] cases = [DiffCase.NewSlot, DiffCase.NewSlotOverridden, DiffCase.ClassGenericVirtualOverridden, DiffCase.InterfaceGenericVirtual, DiffCase.DefaultMethodInherited];
            Assert.All(cases, c => Assert.True(statistics.Census[c] > 0, $"no hierarchy had a {c}: {statistics.Summary()}"));
        }
    }
}
