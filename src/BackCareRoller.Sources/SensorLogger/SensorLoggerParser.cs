using System.Numerics;
using System.Text.Json;

namespace BackCareRoller.Sources.SensorLogger;

/// <summary>
/// Reads a Sensor Logger HTTP push. Refusals carry a sentence the app can show its user (it displays the text of a 4xx reply).
/// </summary>
public static class SensorLoggerParser
{
    /// <summary>Parses one message.</summary>
    /// <param name="body">The UTF-8 JSON request body.</param>
    /// <param name="message">The message when the result is true.</param>
    /// <param name="error">A readable reason when the result is false.</param>
    /// <returns>True when the body is a Sensor Logger message.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> body, out SensorLoggerMessage message, out string error)
    {
        message = null!;
        error = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            error = "BackCareRoller could not read this push: the body is not JSON. Choose HTTP push with the JSON format in Sensor Logger.";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("messageId", out var messageId) || !messageId.TryGetInt64(out var id)
                || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Array)
            {
                error = "BackCareRoller could not read this push: expected {messageId, sessionId, deviceId, payload: [...]}.";
                return false;
            }

            var readings = new List<SensorLoggerReading>(payload.GetArrayLength());
            foreach (var entry in payload.EnumerateArray())
            {
                if (!TryReadEntry(entry, readings, out error))
                {
                    return false;
                }
            }

            message = new SensorLoggerMessage(id, ReadString(root, "sessionId"), ReadString(root, "deviceId"), readings);
            return true;
        }
    }

    private static bool TryReadEntry(JsonElement entry, List<SensorLoggerReading> readings, out string error)
    {
        error = string.Empty;
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            error = "BackCareRoller could not read this push: a payload entry has no sensor name.";
            return false;
        }

        if (!TryMapSensor(name.GetString()!, out var sensor))
        {
            // Location, battery, annotations and the rest: not ours, not an error.
            return true;
        }

        if (!entry.TryGetProperty("time", out var time) || !time.TryGetInt64(out var timeNanoseconds))
        {
            error = $"BackCareRoller could not read this push: the {name.GetString()} time must be whole UTC nanoseconds.";
            return false;
        }

        if (!entry.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object
            || !TryReadAxis(values, "x", out var x) || !TryReadAxis(values, "y", out var y) || !TryReadAxis(values, "z", out var z))
        {
            error = $"BackCareRoller could not read this push: the {name.GetString()} values need numeric x, y and z.";
            return false;
        }

        readings.Add(new SensorLoggerReading(sensor, timeNanoseconds, new Vector3((float)x, (float)y, (float)z)));
        return true;
    }

    private static bool TryMapSensor(string name, out SensorLoggerSensor sensor)
    {
        sensor = default;
        if (name.Equals("accelerometer", StringComparison.OrdinalIgnoreCase))
        {
            sensor = SensorLoggerSensor.Accelerometer;
        }
        else if (name.Equals("totalacceleration", StringComparison.OrdinalIgnoreCase))
        {
            sensor = SensorLoggerSensor.TotalAcceleration;
        }
        else if (name.Equals("gravity", StringComparison.OrdinalIgnoreCase))
        {
            sensor = SensorLoggerSensor.Gravity;
        }
        else if (name.Equals("gyroscope", StringComparison.OrdinalIgnoreCase))
        {
            sensor = SensorLoggerSensor.Gyroscope;
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool TryReadAxis(JsonElement values, string axis, out double value)
    {
        value = 0;
        return values.TryGetProperty(axis, out var element) && element.ValueKind == JsonValueKind.Number
            && element.TryGetDouble(out value) && double.IsFinite(value);
    }

    private static string ReadString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
