using System.Buffers;
using System.Text.Json;

namespace BackCareRoller.Web.Phone;

/// <summary>The frames the server sends to a sensor connection: <c>error</c>, <c>status</c>, <c>pong</c>.</summary>
internal static class SensorFrames
{
    public static void WriteError(IBufferWriter<byte> output, string code, string message)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type"u8, "error"u8);
        json.WriteString("code"u8, code);
        json.WriteString("message"u8, message);
        json.WriteEndObject();
    }

    public static void WriteStatus(IBufferWriter<byte> output, long received, long dropped, long malformed)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type"u8, "status"u8);
        json.WriteNumber("received"u8, received);
        json.WriteNumber("dropped"u8, dropped);
        json.WriteNumber("malformed"u8, malformed);
        json.WriteEndObject();
    }

    public static void WritePong(IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type"u8, "pong"u8);
        json.WriteEndObject();
    }
}
