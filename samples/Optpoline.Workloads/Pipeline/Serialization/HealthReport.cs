using System.Text.Json;

namespace Optpoline.Workloads.Pipeline.Serialization;

/// <summary>What /health answers.</summary>
public sealed class HealthReport(long requests, int users, int orders) : IJsonModel
{
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("status", "healthy");
        writer.WriteNumber("requests", requests);
        writer.WriteNumber("users", users);
        writer.WriteNumber("orders", orders);
        writer.WriteEndObject();
    }
}
