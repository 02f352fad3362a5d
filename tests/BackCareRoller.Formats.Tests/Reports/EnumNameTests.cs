using System.Text.Json;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Reports;
using static BackCareRoller.Formats.Tests.Reports.SampleReports;

namespace BackCareRoller.Formats.Tests.Reports;

/// <summary>Every enum value's JSON name (DESIGN.md sections 4 and 6), written and read back, as value and as key.</summary>
public sealed class EnumNameTests
{
    public static TheoryData<BodyZone, string> Zones => new()
    {
        { BodyZone.None, "none" },
        { BodyZone.Calves, "calves" },
        { BodyZone.Hamstrings, "hamstrings" },
        { BodyZone.Glutes, "glutes" },
        { BodyZone.Lumbar, "lumbar" },
        { BodyZone.UpperBack, "upper_back" },
        { BodyZone.Neck, "neck" },
        { BodyZone.Quads, "quads" },
        { BodyZone.HipFlexors, "hip_flexors" },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Zone_EveryValue_IsItsSnakeCaseNameAsValueAndKey(BodyZone zone, string name)
    {
        var report = Minimal() with
        {
            Zones = [new ZoneInterval(S(0), S(1), zone, null)],
            Summary = Minimal().Summary with { PerZoneSeconds = new Dictionary<BodyZone, double> { [zone] = 1 } },
        };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));
        var back = ReportJson.Deserialize(ReportJson.Serialize(report));

        Assert.Equal(name, json.RootElement.GetProperty("zones")[0].GetProperty("zone").GetString());
        Assert.Equal(name, json.RootElement.GetProperty("summary").GetProperty("per_zone_s").EnumerateObject().Single().Name);
        Assert.Equal(zone, back.Zones[0].Zone);
        Assert.Equal(zone, back.Summary.PerZoneSeconds.Keys.Single());
    }

    [Fact]
    public void Zone_EveryValue_HasARow()
    {
        Assert.Equal(Enum.GetValues<BodyZone>().Length, Zones.Count);
    }

    [Theory]
    [InlineData(AlertKind.TooFast, "too_fast")]
    [InlineData(AlertKind.Lumbar, "lumbar")]
    [InlineData(AlertKind.Neck, "neck")]
    public void AlertKind_EveryValue_IsItsSnakeCaseNameAsValueAndKey(AlertKind kind, string name)
    {
        var report = Minimal() with
        {
            Alerts = [new Alert(S(1), kind)],
            Summary = Minimal().Summary with { AlertCounts = new Dictionary<AlertKind, int> { [kind] = 1 } },
        };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));

        Assert.Equal(name, json.RootElement.GetProperty("alerts")[0].GetProperty("kind").GetString());
        Assert.Equal(name, json.RootElement.GetProperty("summary").GetProperty("alert_counts").EnumerateObject().Single().Name);
        Assert.Equal(kind, ReportJson.Deserialize(json.RootElement.GetRawText()).Alerts[0].Kind);
    }

    [Theory]
    [InlineData(BodySide.Left, "left")]
    [InlineData(BodySide.Right, "right")]
    public void Side_EveryValue_IsItsName(BodySide side, string name)
    {
        var report = Minimal() with { Zones = [new ZoneInterval(S(0), S(1), BodyZone.Glutes, side)] };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));

        Assert.Equal(name, json.RootElement.GetProperty("zones")[0].GetProperty("side").GetString());
    }

    [Theory]
    [InlineData(RoutineMove.None, MoveVerdict.Missing, "none", "missing")]
    [InlineData(RoutineMove.Glutes, MoveVerdict.TooShort, "glutes", "too_short")]
    [InlineData(RoutineMove.HipFlexors, MoveVerdict.InRange, "hip_flexors", "in_range")]
    [InlineData(RoutineMove.Hamstrings, MoveVerdict.TooLong, "hamstrings", "too_long")]
    [InlineData(RoutineMove.UpperBack, MoveVerdict.InRange, "upper_back", "in_range")]
    public void MoveAndVerdict_EveryValue_IsItsSnakeCaseName(RoutineMove move, MoveVerdict verdict, string moveName, string verdictName)
    {
        var report = Minimal() with
        {
            Summary = Minimal().Summary with
            {
                Adherence = new RoutineAdherence { Moves = [new MoveAdherence(move, 1, verdict)], LumbarSeconds = 0, NeckSeconds = 0 },
            },
        };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));
        var entry = json.RootElement.GetProperty("summary").GetProperty("adherence").GetProperty("moves")[0];

        Assert.Equal(moveName, entry.GetProperty("move").GetString());
        Assert.Equal(verdictName, entry.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData(ZoneConfidence.None, "none")]
    [InlineData(ZoneConfidence.Guided, "guided")]
    [InlineData(ZoneConfidence.BodySensor, "body_sensor")]
    public void ZoneConfidence_EveryValue_IsItsSnakeCaseName(ZoneConfidence confidence, string name)
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Minimal() with { ZoneConfidence = confidence }));

        Assert.Equal(name, json.RootElement.GetProperty("zone_confidence").GetString());
    }

    [Theory]
    [InlineData(RollerMount.FirmwareAxis, SensorRole.Roller, "firmware_axis", "roller")]
    [InlineData(RollerMount.UnknownMount, SensorRole.Body, "unknown_mount", "body")]
    public void MountAndSensor_EveryValue_MatchesTheRecordingMetadataNames(RollerMount mount, SensorRole sensor, string mountName, string sensorName)
    {
        var report = Minimal() with
        {
            Profile = new SessionProfile { Mount = mount },
            Input = new InputStats { SamplesPerSensor = new Dictionary<SensorRole, long> { [sensor] = 1 } },
        };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));

        Assert.Equal(mountName, json.RootElement.GetProperty("profile").GetProperty("mount").GetString());
        Assert.Equal(sensorName, json.RootElement.GetProperty("input").GetProperty("samples").EnumerateObject().Single().Name);
    }

    [Fact]
    public void Serialize_UndefinedEnumValue_Throws()
    {
        var report = Minimal() with { Zones = [new ZoneInterval(S(0), S(1), (BodyZone)200, null)] };

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportJson.Serialize(report));
    }
}
