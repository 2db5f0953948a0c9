using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Optpoline.Reporting;

/// <summary>A snapshot of every live call site.</summary>
public sealed record SiteReport
{
    // The resolver is named, not left to the default: an app whose runtimeconfig switches reflection-based
    // serialization off (every app built with PublishAot, even when it runs on the JIT under
    // 'optpoline run') would otherwise make ToJson throw.
    private static readonly JsonSerializerOptions s_json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>When the snapshot was taken.</summary>
    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>Whether this process can generate code (false under NativeAOT: every site stays plain).</summary>
    public required bool DynamicCodeSupported { get; init; }

    /// <summary>Why no site can be promoted, when that is so.</summary>
    public string? DisabledReason { get; init; }

    /// <summary>The sites, hottest (most sampled) first.</summary>
    public required IReadOnlyList<SiteSnapshot> Sites { get; init; }

    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    public static SiteReport FromJson(string json) =>
        JsonSerializer.Deserialize<SiteReport>(json, s_json) ?? throw new JsonException("The file holds no Optpoline report.");

    /// <summary>A plain-text table: one block per site.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Optpoline: {Sites.Count} site(s), {Sites.Count(s => s.State == SiteState.Promoted)} promoted{(DisabledReason is null ? "" : " - " + DisabledReason)}");
        foreach (var site in Sites)
        {
            text.AppendLine(c, $"{site.Key}  {site.Method}  [{site.Kind}]  {site.State}: {site.Reason}");
            text.AppendLine(c, $"    sampled {site.SampledCalls}, misses {site.Misses}, patches {site.Patches}, slots {site.Slots.Count}/{site.Capacity}, sampled hit share {site.SampledHitShare:P0}{(site.LastPatchAt is { } at ? ", last patch " + at.ToString("HH:mm:ss.fff", c) : "")}");
            if (site.Baked is { } baked)
            {
                text.AppendLine(site.BakedHitShare is { } hit
                    ? $"    baked [{string.Join(", ", baked.Select(b => b.Type + " " + b.Share.ToString("P0", c)))}] hit {hit.ToString("P0", c)}{(site.BakedStale ? " STALE" : "")}"
                    : $"    baked [{string.Join(", ", baked.Select(b => b.Type))}] not sampled yet");
            }

            foreach (var slot in site.Slots)
            {
                text.AppendLine(c, $"    slot {slot.ReceiverType} -> {slot.Target}  {slot.Share:P1}");
            }
        }

        return text.ToString();
    }
}
