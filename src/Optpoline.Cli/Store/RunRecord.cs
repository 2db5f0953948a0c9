using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Optpoline.Reporting;
using Optpoline.Rewriter;

namespace Optpoline.Cli.Store;

/// <summary>
/// A site report as the command writes it: the runtime's report (which every reader of a profile
/// reads), what weaving did to each assembly, and, in the profile store, the store's own ledger.
/// </summary>
/// <remarks>
/// The two additions are members the runtime's report does not have, so the file stays a report:
/// <c>weave --profile</c> and <see cref="SiteReport.FromJson"/> read it and ignore them.
/// </remarks>
internal sealed record RunRecord(SiteReport Report, IReadOnlyList<WeaveResult> Weaving, StoreLedger? Ledger)
{
    private const string WeavingMember = "weaving";
    private const string StoreMember = "optpolineStore";

    private static readonly JsonSerializerOptions s_json = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson()
    {
        var node = JsonNode.Parse(Report.ToJson())!.AsObject();
        node[WeavingMember] = JsonSerializer.SerializeToNode(Weaving, s_json);
        if (Ledger is not null)
        {
            node[StoreMember] = JsonSerializer.SerializeToNode(Ledger, s_json);
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Reads a report, with what weaving did and the ledger when the file has them.</summary>
    /// <exception cref="JsonException">The text is not an Optpoline report.</exception>
    public static RunRecord FromJson(string json)
    {
        var report = SiteReport.FromJson(json);
        if (JsonNode.Parse(json) is not JsonObject node)
        {
            throw new JsonException("The file holds no Optpoline report.");
        }

        var weaving = node[WeavingMember]?.Deserialize<List<WeaveResult>>(s_json) ?? [];
        var ledger = node[StoreMember]?.Deserialize<StoreLedger>(s_json);
        return new RunRecord(report, weaving, ledger);
    }
}
