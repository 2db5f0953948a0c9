using System.Text.Json;

namespace Optpoline.Workloads.Pipeline.Serialization;

/// <summary>The serialization stage: writes a model into the response body as JSON.</summary>
public sealed class JsonOutputFormatter
{
    private static readonly JsonWriterOptions s_options = new() { Indented = false, SkipValidation = true };

    public void Write(RequestContext context, IJsonModel model)
    {
        context.Response.Headers.Set("Content-Type", "application/json; charset=utf-8");
        using var writer = new Utf8JsonWriter(context.Response.Body, s_options);
        model.WriteJson(writer);
    }
}
