using System.Text;
using System.Text.Json;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sql;

namespace BackCareRoller.Storage.Json;

/// <summary>
/// The one seam through which storage writes and reads report documents (backcare-report/1, DESIGN.md section 6).
/// Interim implementation until the Formats report writer/reader lands; then both methods delegate to it.
/// </summary>
internal static class StoredReportJson
{
    public static string Write(SessionReport report)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", SessionReport.FormatName);
            json.WriteNumber("duration_s", report.DurationSeconds);
            json.WriteStartArray("alerts");
            foreach (var alert in report.Alerts)
            {
                json.WriteStartObject();
                json.WriteNumber("t_s", alert.Time.TotalSeconds);
                json.WriteString("kind", StorageNames.Of(alert.Kind));
                json.WriteString("message", alert.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("zones");
            foreach (var zone in report.Zones)
            {
                json.WriteStartObject();
                json.WriteNumber("start_s", zone.Start.TotalSeconds);
                json.WriteNumber("end_s", zone.End.TotalSeconds);
                json.WriteString("zone", StorageNames.Of(zone.Zone));
                WriteSide(json, "side", zone.Side);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("speed");
            foreach (var reading in report.Speed)
            {
                json.WriteStartObject();
                json.WriteNumber("t_s", reading.Time.TotalSeconds);
                json.WriteNumber("cm_per_s", reading.SpeedMetersPerSecond * 100.0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteSummary(json, report.Summary);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static SessionReport Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var alerts = new List<Alert>();
        foreach (var alert in root.GetProperty("alerts").EnumerateArray())
        {
            alerts.Add(new Alert(TimeSpan.FromSeconds(alert.GetProperty("t_s").GetDouble()), StorageNames.AlertFrom(alert.GetProperty("kind").GetString()!)));
        }

        var zones = new List<ZoneInterval>();
        foreach (var zone in root.GetProperty("zones").EnumerateArray())
        {
            zones.Add(new ZoneInterval(
                TimeSpan.FromSeconds(zone.GetProperty("start_s").GetDouble()),
                TimeSpan.FromSeconds(zone.GetProperty("end_s").GetDouble()),
                StorageNames.ZoneFrom(zone.GetProperty("zone").GetString()!),
                ReadSide(zone.GetProperty("side"))));
        }

        var speed = new List<SpeedReading>();
        foreach (var reading in root.GetProperty("speed").EnumerateArray())
        {
            speed.Add(new SpeedReading(TimeSpan.FromSeconds(reading.GetProperty("t_s").GetDouble()), reading.GetProperty("cm_per_s").GetDouble() / 100.0));
        }

        return new SessionReport
        {
            DurationSeconds = root.GetProperty("duration_s").GetDouble(),
            Alerts = alerts,
            Zones = zones,
            Speed = speed,
            Summary = ReadSummary(root.GetProperty("summary")),
        };
    }

    private static void WriteSummary(Utf8JsonWriter json, SessionSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteStartObject("per_zone_s");
        foreach (var (zone, seconds) in summary.PerZoneSeconds)
        {
            json.WriteNumber(StorageNames.Of(zone), seconds);
        }

        json.WriteEndObject();
        json.WriteNumber("too_fast_s", summary.TooFastSeconds);
        json.WriteStartObject("alert_counts");
        foreach (var (kind, count) in summary.AlertCounts)
        {
            json.WriteNumber(StorageNames.Of(kind), count);
        }

        json.WriteEndObject();
        json.WriteStartObject("per_zone_side_s");
        foreach (var (zone, sides) in summary.PerZoneSideSeconds)
        {
            json.WriteStartObject(StorageNames.Of(zone));
            foreach (var (side, seconds) in sides)
            {
                json.WriteNumber(StorageNames.Of(side), seconds);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static SessionSummary ReadSummary(JsonElement summary)
    {
        var perZone = new Dictionary<BodyZone, double>();
        foreach (var property in summary.GetProperty("per_zone_s").EnumerateObject())
        {
            perZone[StorageNames.ZoneFrom(property.Name)] = property.Value.GetDouble();
        }

        var alertCounts = new Dictionary<AlertKind, int>();
        foreach (var property in summary.GetProperty("alert_counts").EnumerateObject())
        {
            alertCounts[StorageNames.AlertFrom(property.Name)] = property.Value.GetInt32();
        }

        var perZoneSide = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>();
        if (summary.TryGetProperty("per_zone_side_s", out var sided))
        {
            foreach (var zone in sided.EnumerateObject())
            {
                var sides = new Dictionary<BodySide, double>();
                foreach (var side in zone.Value.EnumerateObject())
                {
                    sides[StorageNames.SideFrom(side.Name)] = side.Value.GetDouble();
                }

                perZoneSide[StorageNames.ZoneFrom(zone.Name)] = sides;
            }
        }

        return new SessionSummary
        {
            PerZoneSeconds = perZone,
            PerZoneSideSeconds = perZoneSide,
            TooFastSeconds = summary.GetProperty("too_fast_s").GetDouble(),
            AlertCounts = alertCounts,
        };
    }

    private static void WriteSide(Utf8JsonWriter json, string name, BodySide? side)
    {
        if (side is { } value)
        {
            json.WriteString(name, StorageNames.Of(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static BodySide? ReadSide(JsonElement side) =>
        side.ValueKind == JsonValueKind.Null ? null : StorageNames.SideFrom(side.GetString()!);
}
