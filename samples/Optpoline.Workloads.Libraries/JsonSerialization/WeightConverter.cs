using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Optpoline.Workloads.Libraries.JsonSerialization;

/// <summary>Writes a <see cref="Weight"/> as <c>"1250 g"</c> and reads it back, without a string in between.</summary>
internal sealed class WeightConverter : JsonConverter<Weight>
{
    private static ReadOnlySpan<byte> Unit => " g"u8;

    public override Weight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped)
        {
            throw new JsonException("a weight is a string such as \"1250 g\".");
        }

        var text = reader.ValueSpan;
        if (!Utf8Parser.TryParse(text, out int grams, out var consumed) || !text[consumed..].SequenceEqual(Unit))
        {
            throw new JsonException("a weight is a string such as \"1250 g\".");
        }

        return new Weight(grams);
    }

    public override void Write(Utf8JsonWriter writer, Weight value, JsonSerializerOptions options)
    {
        // An int takes at most 11 bytes; the unit 2 more.
        Span<byte> text = stackalloc byte[16];
        Utf8Formatter.TryFormat(value.Grams, text, out var written);
        Unit.CopyTo(text[written..]);
        writer.WriteStringValue(text[..(written + Unit.Length)]);
    }
}
