using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// Writes and reads an enum as its snake_case name (<c>UpperBack</c> ↔ <c>upper_back</c>, STYLE.md section 3), as
/// values and as dictionary keys. Reading is exact: System.Text.Json's own enum converter also accepts numbers, any
/// letter case and comma-joined names ("UpperBack, Neck" reads as a bitwise OR), which would turn a typo into a
/// wrong zone instead of an error.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class SnakeCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Array.ConvertAll(Values, value => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()));
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));
    private static readonly string Expected = string.Join(", ", Names);

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} name as a string, one of: {Expected}.");
        }

        return Parse(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EncodedNames[IndexOf(value)]);

    /// <inheritdoc/>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(EncodedNames[IndexOf(value)]);

    private static TEnum Parse(ref Utf8JsonReader reader)
    {
        // A handful of names per enum: a linear scan on the raw UTF-8 bytes, no string allocated on success.
        for (var i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i]))
            {
                return Values[i];
            }
        }

        throw new JsonException($"Unknown {typeof(TEnum).Name} \"{reader.GetString()}\"; expected one of: {Expected}.");
    }

    private static int IndexOf(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}; it has no name in the report.");
    }
}
