using System.Buffers;
using System.Text.Json;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Web.Json;

namespace BackCareRoller.Web.Live;

/// <summary>
/// Writes the frames a live viewer receives (written by hand on a reused buffer: they are the hot path of the
/// alert latency budget). Frame shapes: <c>hello</c>, <c>alert</c>, <c>speed</c>, <c>zone</c>, <c>stats</c>, <c>ended</c>.
/// </summary>
internal static class LiveEventJson
{
    /// <summary>The default too-fast threshold the gauge draws (DESIGN.md section 3: 5.0 cm/s).</summary>
    public const double TooFastThresholdCmPerSecond = 5.0;

    public static void WriteHello(IBufferWriter<byte> output, LiveSession session)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type"u8, "hello"u8);
        json.WriteString("session"u8, session.Id);
        json.WriteString("source"u8, WireNames.Of(session.Source.Kind));
        json.WriteString("started_at"u8, session.StartedAt);
        json.WriteNumber("t_s"u8, Round(session.Elapsed.TotalSeconds));
        json.WriteNumber("height_cm"u8, session.Profile.HeightCm);
        json.WriteNumber("roller_diameter_cm"u8, session.Profile.RollerDiameterCm);
        json.WriteNumber("too_fast_cm_per_s"u8, TooFastThresholdCmPerSecond);
        json.WriteEndObject();
    }

    public static void Write(IBufferWriter<byte> output, LiveEvent liveEvent)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        switch (liveEvent)
        {
            case LiveAlertEvent alert:
                json.WriteString("type"u8, "alert"u8);
                json.WriteNumber("t_s"u8, Round(alert.Time.TotalSeconds));
                json.WriteString("kind"u8, WireNames.Of(alert.Alert.Kind));
                json.WriteString("message"u8, alert.Alert.Message);
                break;
            case LiveSpeedEvent speed:
                json.WriteString("type"u8, "speed"u8);
                json.WriteNumber("t_s"u8, Round(speed.Time.TotalSeconds));
                json.WriteNumber("cm_per_s"u8, Round(speed.Reading.SpeedMetersPerSecond * 100));
                break;
            case LiveZoneEvent zone:
                json.WriteString("type"u8, "zone"u8);
                json.WriteNumber("t_s"u8, Round(zone.Time.TotalSeconds));
                json.WriteString("zone"u8, WireNames.Of(zone.Zone));
                if (WireNames.Of(zone.Side) is { } side)
                {
                    json.WriteString("side"u8, side);
                }
                else
                {
                    json.WriteNull("side"u8);
                }

                json.WriteString("move"u8, WireNames.Of(zone.Move));
                break;
            case LiveStatsEvent stats:
                json.WriteString("type"u8, "stats"u8);
                json.WriteNumber("t_s"u8, Round(stats.Time.TotalSeconds));
                json.WriteNumber("roller_hz"u8, Round(stats.RollerSamplesPerSecond));
                json.WriteNumber("body_hz"u8, Round(stats.BodySamplesPerSecond));
                json.WriteNumber("samples"u8, stats.SamplesTotal);
                json.WriteNumber("dropped"u8, stats.SamplesDropped);
                json.WriteNumber("malformed"u8, stats.MessagesMalformed);
                break;
            case LiveEndedEvent ended:
                json.WriteString("type"u8, "ended"u8);
                json.WriteNumber("t_s"u8, Round(ended.Time.TotalSeconds));
                json.WriteString("reason"u8, WireNames.Of(ended.Reason));
                break;
        }

        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 3);
}
