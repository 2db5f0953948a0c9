using System.Globalization;
using Optpoline.Rewriter;

namespace Optpoline.JintBench;

/// <summary>What baking did: how long the profile was recorded, the sites it named, and the weave's counts.</summary>
internal sealed record Bake(TimeSpan Recorded, int ProfiledSites, WeaveResult Result)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Result.SitesBaked} sites baked with {Result.GuardsBaked} guards, {Result.SitesRewritten} sites woven in all, {Result.SkippedFor(Rewriter.SkipReason.Monomorphic) + Result.SkippedFor(Rewriter.SkipReason.Unprofitable)} left to the JIT by the profile, from a profile of {ProfiledSites} sites recorded for {Recorded.TotalSeconds} s; not baked: ") +
        (Result.BakeRejected.Count == 0 ? "none" : string.Join(", ", Result.BakeRejected.OrderByDescending(r => r.Value).Select(r => $"{r.Value} {r.Key}")));
}
