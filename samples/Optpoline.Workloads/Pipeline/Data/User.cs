using System.Text.Json;
using Optpoline.Workloads.Pipeline.Serialization;

namespace Optpoline.Workloads.Pipeline.Data;

public sealed class User(int id, string name, string email, IReadOnlyList<string> roles) : IJsonModel
{
    public int Id { get; } = id;

    public string Name { get; set; } = name;

    public string Email { get; set; } = email;

    public IReadOnlyList<string> Roles { get; } = roles;

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", Id);
        writer.WriteString("name", Name);
        writer.WriteString("email", Email);
        writer.WriteStartArray("roles");
        foreach (var role in Roles)
        {
            writer.WriteStringValue(role);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
