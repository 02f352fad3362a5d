using System.Numerics;
using System.Text.Json;

namespace BackCareRoller.Sources.Phone;

/// <summary>
/// Reads the phone page's WebSocket frames without allocating per sample:
/// <c>{"type":"samples","samples":[[t_ms,ax,ay,az,gx,gy,gz],...]}</c> (m/s² with gravity, rad/s, phone clock in ms)
/// or <c>{"type":"ping"}</c>. Keys may come in any order; unknown keys are ignored.
/// </summary>
public static class PhoneFrameParser
{
    /// <summary>Parses one frame into <paramref name="destination"/>.</summary>
    /// <param name="frame">The UTF-8 JSON text of the frame.</param>
    /// <param name="destination">Where the readings go; its length is the most one frame may carry.</param>
    /// <param name="count">How many readings were written.</param>
    /// <param name="error">A readable reason when the status is not <see cref="PhoneFrameStatus.Samples"/> or <see cref="PhoneFrameStatus.Ping"/>.</param>
    /// <returns>What the frame was.</returns>
    public static PhoneFrameStatus Parse(ReadOnlySpan<byte> frame, Span<PhoneReading> destination, out int count, out string error)
    {
        count = 0;
        error = string.Empty;
        var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = 4 });
        try
        {
            return ParseObject(ref reader, destination, ref count, ref error);
        }
        catch (JsonException)
        {
            count = 0;
            error = "The frame is not valid JSON.";
            return PhoneFrameStatus.Malformed;
        }
    }

    private static PhoneFrameStatus ParseObject(ref Utf8JsonReader reader, Span<PhoneReading> destination, ref int count, ref string error)
    {
        // The frame is one object with a "type" and, for samples, a "samples" array.
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            error = "The frame must be a JSON object.";
            return PhoneFrameStatus.Malformed;
        }

        var isSamples = false;
        var isPing = false;
        var sawSamples = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                isSamples = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("samples"u8);
                isPing = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("ping"u8);
                if (!isSamples && !isPing)
                {
                    error = "Unknown frame type: expected \"samples\" or \"ping\".";
                    return PhoneFrameStatus.Malformed;
                }
            }
            else if (reader.ValueTextEquals("samples"u8))
            {
                sawSamples = true;
                var status = ParseRows(ref reader, destination, ref count, ref error);
                if (status != PhoneFrameStatus.Samples)
                {
                    count = 0;
                    return status;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            error = "The frame must be exactly one JSON object.";
            count = 0;
            return PhoneFrameStatus.Malformed;
        }

        if (isPing)
        {
            count = 0;
            return PhoneFrameStatus.Ping;
        }

        if (!isSamples || !sawSamples)
        {
            error = "A samples frame needs \"type\":\"samples\" and a \"samples\" array.";
            count = 0;
            return PhoneFrameStatus.Malformed;
        }

        return PhoneFrameStatus.Samples;
    }

    private static PhoneFrameStatus ParseRows(ref Utf8JsonReader reader, Span<PhoneReading> destination, ref int count, ref string error)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            error = "\"samples\" must be an array of [t_ms,ax,ay,az,gx,gy,gz] rows.";
            return PhoneFrameStatus.Malformed;
        }

        Span<double> row = stackalloc double[PhoneFrameLimits.ValuesPerRow];
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            // Each row is exactly seven numbers.
            var n = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
                if (n == PhoneFrameLimits.ValuesPerRow || !reader.TryGetDouble(out row[n]))
                {
                    error = "Each sample row must be exactly 7 numbers: [t_ms,ax,ay,az,gx,gy,gz].";
                    return PhoneFrameStatus.Malformed;
                }

                n++;
            }

            if (reader.TokenType != JsonTokenType.EndArray || n != PhoneFrameLimits.ValuesPerRow)
            {
                error = "Each sample row must be exactly 7 numbers: [t_ms,ax,ay,az,gx,gy,gz].";
                return PhoneFrameStatus.Malformed;
            }

            if (count == destination.Length)
            {
                error = "Too many samples in one frame; send smaller batches.";
                return PhoneFrameStatus.TooManySamples;
            }

            var acceleration = new Vector3((float)row[1], (float)row[2], (float)row[3]);
            var angularVelocity = new Vector3((float)row[4], (float)row[5], (float)row[6]);
            if (!double.IsFinite(row[0]) || !IsPhysical(acceleration, PhoneFrameLimits.MaxAccelerationMetersPerSecondSquared)
                || !IsPhysical(angularVelocity, PhoneFrameLimits.MaxAngularRateRadiansPerSecond))
            {
                error = "A sample is outside what a phone can measure (|a| ≤ 50 g, |ω| ≤ 50 rad/s).";
                return PhoneFrameStatus.OutOfRange;
            }

            destination[count++] = new PhoneReading(row[0], acceleration, angularVelocity);
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            error = "\"samples\" must be an array of [t_ms,ax,ay,az,gx,gy,gz] rows.";
            return PhoneFrameStatus.Malformed;
        }

        return PhoneFrameStatus.Samples;
    }

    private static bool IsPhysical(Vector3 value, float limit) =>
        float.IsFinite(value.X) && float.IsFinite(value.Y) && float.IsFinite(value.Z) && value.Length() <= limit;
}
