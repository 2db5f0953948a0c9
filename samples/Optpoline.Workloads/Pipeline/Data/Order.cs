using System.Text.Json;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Data;

public sealed class Order(Guid id, int userId, string productSlug, int quantity, long totalCents, DateTimeOffset placedAt) : IJsonModel
{
    public Guid Id { get; } = id;

    public int UserId { get; } = userId;

    public string ProductSlug { get; } = productSlug;

    public int Quantity { get; } = quantity;

    public long TotalCents { get; } = totalCents;

    public DateTimeOffset PlacedAt { get; } = placedAt;

    public OrderStatus Status { get; set; }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteNumber("userId", UserId);
        writer.WriteString("product", ProductSlug);
        writer.WriteNumber("quantity", Quantity);
        writer.WriteNumber("total", TotalCents / 100m);
        writer.WriteString("placedAt", PlacedAt);
        writer.WriteString("status", Status switch { OrderStatus.Placed => "placed", OrderStatus.Shipped => "shipped", _ => "cancelled" });
        writer.WriteEndObject();
    }
}
