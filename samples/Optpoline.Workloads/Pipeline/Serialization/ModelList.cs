using System.Text.Json;

namespace Optpoline.Workloads.Pipeline.Serialization;

/// <summary>A page of models: <c>{"items": [...], "total": n, "page": p}</c>.</summary>
public sealed class ModelList(IReadOnlyList<IJsonModel> items, int total, int page) : IJsonModel
{
    public IReadOnlyList<IJsonModel> Items { get; } = items;

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in Items)
        {
            item.WriteJson(writer);
        }

        writer.WriteEndArray();
        writer.WriteNumber("total", total);
        writer.WriteNumber("page", page);
        writer.WriteEndObject();
    }
}
