using System.Text.Json;

namespace Optpoline.Workloads.Pipeline.Serialization;

/// <summary>An error body, as RFC 9457 shapes it.</summary>
public sealed class ProblemDetails(int status, string title, string? detail = null) : IJsonModel
{
    public int Status { get; } = status;

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "about:blank");
        writer.WriteString("title", title);
        writer.WriteNumber("status", Status);
        if (detail is not null)
        {
            writer.WriteString("detail", detail);
        }

        writer.WriteEndObject();
    }
}
