using Optpoline.Reporting;

namespace Optpoline.Rewriter.Tests.Store;

/// <summary>Site snapshots and reports made up for the store's tests.</summary>
internal static class StoreSites
{
    public static readonly Guid BuildA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid BuildB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    /// <summary>A site of <paramref name="assembly"/> at IL offset <paramref name="offset"/>, sampled <paramref name="sampled"/> times with these types and shares.</summary>
    public static SiteSnapshot Site(string assembly, Guid build, int offset, long sampled, params (string Type, double Share)[] types) => new()
    {
        Key = $"{assembly}.Caller::Run@IL_{offset:X4}",
        Method = "IShape.Area",
        Kind = CallKind.Interface,
        State = types.Length > 1 ? SiteState.Promoted : SiteState.Plain,
        Reason = "made up",
        Capacity = 4,
        Slots = [],
        Samples = [.. types.Select(t => new TypeShare(t.Type, t.Share))],
        SampledCalls = sampled,
        SampledHitShare = 0,
        Misses = 0,
        Patches = types.Length > 1 ? 1 : 0,
        Origin = new SiteOrigin(assembly, build, $"System.Double {assembly}.Caller::Run()", offset),
    };

    public static SiteReport Report(params SiteSnapshot[] sites) => new() { TakenAt = DateTimeOffset.UnixEpoch, DynamicCodeSupported = true, Sites = sites };
}
