using System.Text.Json;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Data;

public sealed class Product(string slug, string name, string category, long priceCents, int stock, string description) : IJsonModel
{
    public string Slug { get; } = slug;

    public string Name { get; } = name;

    public string Category { get; } = category;

    public long PriceCents { get; } = priceCents;

    public int Stock { get; set; } = stock;

    public string Description { get; } = description;

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("slug", Slug);
        writer.WriteString("name", Name);
        writer.WriteString("category", Category);
        writer.WriteNumber("price", PriceCents / 100m);
        writer.WriteNumber("stock", Stock);
        writer.WriteString("description", Description);
        writer.WriteEndObject();
    }
}
