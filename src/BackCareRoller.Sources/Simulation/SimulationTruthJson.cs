using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Writes a <see cref="SimulationTruth"/> as JSON (<c>backcare-simulation-truth/1</c>, snake_case, SI units,
/// times in seconds from the session start, enum values as snake_case names such as <c>upper_back</c>).
/// </summary>
/// <remarks>
/// Top-level fields: <c>format</c>, <c>duration_s</c>, <c>scenario</c> (the drawn parameters), <c>summary</c>
/// (<c>on_roller_s</c>, <c>per_zone_s</c>, <c>per_zone_side_s</c>, <c>too_fast_s</c>, <c>expected_alert_counts</c>),
/// <c>moves</c>, <c>zones</c> (gap-free, as in the report), <c>too_fast</c>, <c>zone_stays</c>,
/// <c>expected_alerts</c>, <c>mistakes</c>, <c>slips</c>, <c>roller_handling</c>, <c>sensor_gaps</c> and
/// <c>timeline</c> (10 Hz; fields as documented on <see cref="TruthPoint"/>). List entries are one per line.
/// </remarks>
public static class SimulationTruthJson
{
    /// <summary>The <c>format</c> value.</summary>
    public const string FormatName = "backcare-simulation-truth/1";

    /// <summary>Writes <paramref name="truth"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="truth">The truth to write.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SimulationTruth truth, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        var buffer = new ArrayBufferWriter<byte>();
        var first = true;
        void Member(string name, string json)
        {
            text.Write(first ? "{\n  \"" : ",\n  \"");
            text.Write(name);
            text.Write("\": ");
            text.Write(json);
            first = false;
        }

        void Entries<T>(string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
        {
            // One compact object per line keeps a long timeline small and still readable.
            Member(name, items.Count == 0 ? "[]" : "[");
            for (var i = 0; i < items.Count; i++)
            {
                text.Write(i == 0 ? "\n    " : ",\n    ");
                var item = items[i];
                text.Write(Fragment(buffer, indented: false, w =>
                {
                    w.WriteStartObject();
                    write(w, item);
                    w.WriteEndObject();
                }));
            }

            if (items.Count > 0)
            {
                text.Write("\n  ]");
            }
        }

        Member("format", Fragment(buffer, false, w => w.WriteStringValue(FormatName)));
        Member("duration_s", Fragment(buffer, false, w => w.WriteNumberValue(Round(truth.Duration.TotalSeconds, 3))));
        Member("scenario", Fragment(buffer, true, w => WriteScenario(w, truth.Scenario)));
        Member("summary", Fragment(buffer, true, w => WriteSummary(w, truth)));
        Entries("moves", truth.Moves, static (w, m) =>
        {
            w.WriteString("move", Name(m.Move));
            WriteName(w, "side", m.Side);
            w.WriteString("face", Name(m.Face));
            w.WriteNumber("start_s", Seconds(m.Start));
            w.WriteNumber("end_s", Seconds(m.End));
            w.WriteNumber("start_u", Round(m.StartPosition, 5));
        });
        Entries("zones", truth.Zones, static (w, z) =>
        {
            w.WriteNumber("start_s", Seconds(z.Start));
            w.WriteNumber("end_s", Seconds(z.End));
            w.WriteString("zone", Name(z.Zone));
            WriteName(w, "side", z.Side);
        });
        Entries("too_fast", truth.TooFastEpisodes, static (w, e) =>
        {
            w.WriteNumber("start_s", Seconds(e.Start));
            w.WriteNumber("end_s", Seconds(e.End));
            w.WriteNumber("peak_avg_m_per_s", Round(e.PeakAverageSpeedMetersPerSecond, 5));
            w.WriteString("move", Name(e.Move));
        });
        Entries("zone_stays", truth.ZoneStays, static (w, s) =>
        {
            w.WriteString("zone", Name(s.Zone));
            w.WriteNumber("entry_s", Seconds(s.Entry));
            w.WriteNumber("exit_s", Seconds(s.Exit));
            w.WriteNumber("duration_s", Seconds(s.Duration));
            w.WriteBoolean("alert_due", s.AlertDue);
            w.WriteNumber("deepest_u", Round(s.DeepestPosition, 5));
            w.WriteString("move", Name(s.Move));
        });
        Entries("expected_alerts", truth.ExpectedAlerts, static (w, a) =>
        {
            w.WriteNumber("t_s", Seconds(a.Time));
            w.WriteString("kind", Name(a.Kind));
            w.WriteString("message", a.Message);
        });
        Entries("mistakes", truth.Mistakes, static (w, m) =>
        {
            w.WriteString("kind", Name(m.Kind));
            w.WriteString("move", Name(m.Move));
            w.WriteNumber("start_s", Seconds(m.Start));
            w.WriteNumber("end_s", Seconds(m.End));
        });
        Entries("slips", truth.Slips, static (w, s) =>
        {
            w.WriteNumber("start_s", Seconds(s.Start));
            w.WriteNumber("end_s", Seconds(s.End));
            w.WriteNumber("distance_m", Round(s.DistanceMeters, 4));
        });
        Entries("roller_handling", truth.RollerHandlings, static (w, h) =>
        {
            w.WriteString("kind", Name(h.Kind));
            w.WriteNumber("start_s", Seconds(h.Start));
            w.WriteNumber("end_s", Seconds(h.End));
            w.WriteNumber("turn_rad", Round(h.TurnRadians, 4));
        });
        Entries("sensor_gaps", truth.SensorGaps, static (w, g) =>
        {
            w.WriteString("sensor", Name(g.Sensor));
            w.WriteNumber("start_s", Seconds(g.Start));
            w.WriteNumber("end_s", Seconds(g.End));
        });
        Entries("timeline", truth.Timeline, static (w, p) =>
        {
            w.WriteNumber("t_s", Seconds(p.Time));
            w.WriteBoolean("on_roller", p.OnRoller);
            w.WriteString("move", Name(p.Move));
            WriteName(w, "face", p.Face);
            WriteName(w, "side", p.Side);
            if (p.ContactPosition is { } u)
            {
                w.WriteNumber("u", Round(u, 5));
            }
            else
            {
                w.WriteNull("u");
            }

            w.WriteString("zone", Name(p.Zone));
            WriteName(w, "zone_side", p.ZoneSide);
            w.WriteNumber("speed_m_per_s", Round(p.SpeedMetersPerSecond, 5));
            w.WriteNumber("speed_avg_1s_m_per_s", Round(p.AverageSpeedMetersPerSecond, 5));
            w.WriteNumber("roller_rate_rad_per_s", Round(p.RollerRateRadiansPerSecond, 5));
        });
        text.Write("\n}\n");
    }

    /// <summary>The JSON name of an enum value: its C# name in snake_case (<c>UpperBack</c> → <c>upper_back</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The snake_case name.</returns>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static void WriteScenario(Utf8JsonWriter json, SimulationScenario s)
    {
        json.WriteStartObject();
        json.WriteNumber("seed", s.Seed);
        json.WriteString("mistakes", Name(s.Mistakes));
        json.WriteNumber("height_m", Round(s.HeightMeters, 4));
        json.WriteNumber("roller_diameter_m", Round(s.RollerDiameterMeters, 4));
        json.WriteString("roller_mount", Name(s.RollerMount));
        json.WriteBoolean("has_body_sensor", s.HasBodySensor);
        json.WriteNumber("gravity_m_per_s2", Round(s.GravityMetersPerSecondSquared, 5));
        WriteVector(json, "roller_axis_in_sensor_frame", s.RollerAxisInSensorFrame, 5);
        WriteVector(json, "body_up_in_sensor_frame", s.BodyUpInSensorFrame, 5);
        WriteVector(json, "body_misalignment_deg", s.BodyMisalignmentDegrees, 3);
        json.WriteNumber("typical_speed_m_per_s", Round(s.TypicalSpeedMetersPerSecond, 5));
        json.WriteNumber("anchor_offset_u", Round(s.AnchorOffset, 5));
        WriteSensor(json, "roller_sensor", s.RollerSensor);
        if (s.BodySensor is { } body)
        {
            WriteSensor(json, "body_sensor", body);
        }
        else
        {
            json.WriteNull("body_sensor");
        }

        json.WriteEndObject();
    }

    private static void WriteSensor(Utf8JsonWriter json, string name, SimulatedSensor s)
    {
        json.WriteStartObject(name);
        json.WriteNumber("sample_rate_hz", Round(s.SampleRateHz, 3));
        json.WriteNumber("rate_error_ppm", Round(s.RateErrorPpm, 2));
        json.WriteNumber("jitter_fraction", Round(s.JitterFraction, 4));
        json.WriteNumber("drop_probability", Round(s.DropProbability, 5));
        json.WriteNumber("dropouts", s.Dropouts);
        json.WriteNumber("clock_offset_s", Round(s.ClockOffsetSeconds, 5));
        json.WriteNumber("clock_drift_ppm", Round(s.ClockDriftPpm, 2));
        json.WriteNumber("timestamp_noise_s", Round(s.TimestampNoiseSeconds, 6));
        WriteVector(json, "gyro_bias_rad_per_s", s.GyroBias, 5);
        WriteVector(json, "gyro_bias_drift_rad_per_s", s.GyroBiasDrift, 5);
        json.WriteNumber("gyro_bias_time_constant_s", Round(s.GyroBiasTimeConstantSeconds, 1));
        json.WriteNumber("gyro_bias_random_walk_rad_per_s_sqrt_s", Round(s.GyroBiasRandomWalk, 7));
        WriteVector(json, "gyro_scale_error", s.GyroScaleError, 5);
        json.WriteNumber("gyro_noise_rad_per_s", Round(s.GyroNoise, 6));
        WriteVector(json, "accel_bias_m_per_s2", s.AccelerometerBias, 4);
        WriteVector(json, "accel_scale_error", s.AccelerometerScaleError, 5);
        json.WriteNumber("accel_noise_m_per_s2", Round(s.AccelerometerNoise, 5));
        json.WriteNumber("rolling_rumble_m_per_s2_per_rad_per_s", Round(s.RollingRumble, 4));
        json.WriteNumber("mount_angle_deg", Round(s.MountAngleDegrees, 3));
        WriteVector(json, "lever_arm_m", s.LeverArmMeters, 4);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, SimulationTruth truth)
    {
        json.WriteStartObject();
        json.WriteNumber("on_roller_s", Round(truth.OnRollerSeconds, 3));
        json.WriteStartObject("per_zone_s");
        foreach (var (zone, seconds) in truth.PerZoneSeconds.OrderBy(p => p.Key))
        {
            json.WriteNumber(Name(zone), Round(seconds, 3));
        }

        json.WriteEndObject();
        json.WriteStartObject("per_zone_side_s");
        foreach (var (zone, sides) in truth.PerZoneSideSeconds.OrderBy(p => p.Key))
        {
            json.WriteStartObject(Name(zone));
            foreach (var (side, seconds) in sides.OrderBy(p => p.Key))
            {
                json.WriteNumber(Name(side), Round(seconds, 3));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteNumber("too_fast_s", Round(truth.TooFastSeconds, 3));
        json.WriteStartObject("expected_alert_counts");
        foreach (var group in truth.ExpectedAlerts.GroupBy(a => a.Kind).OrderBy(g => g.Key))
        {
            json.WriteNumber(Name(group.Key), group.Count());
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Fragment(ArrayBufferWriter<byte> buffer, bool indented, Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(json);
        }

        // Nested members sit one level in.
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return indented ? text.Replace("\n", "\n  ", StringComparison.Ordinal) : text;
    }

    private static void WriteName<T>(Utf8JsonWriter json, string name, T? value)
        where T : struct, Enum
    {
        if (value is { } v)
        {
            json.WriteString(name, Name(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteVector(Utf8JsonWriter json, string name, Vector3 v, int decimals)
    {
        // Compact on one line even inside an indented object.
        json.WritePropertyName(name);
        json.WriteRawValue(string.Create(CultureInfo.InvariantCulture, $"[{Round(v.X, decimals)}, {Round(v.Y, decimals)}, {Round(v.Z, decimals)}]"), skipInputValidation: true);
    }

    private static double Seconds(TimeSpan time) => Round(time.TotalSeconds, 4);

    private static double Round(double value, int decimals) => Math.Round(value, decimals);
}
