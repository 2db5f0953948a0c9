using System.Text.Json;

namespace Optpoline.Workloads.Pipeline.Serialization;

/// <summary>A model that writes itself as JSON (the pattern of generated API clients and servers: no reflection on the hot path).</summary>
public interface IJsonModel
{
    void WriteJson(Utf8JsonWriter writer);
}
