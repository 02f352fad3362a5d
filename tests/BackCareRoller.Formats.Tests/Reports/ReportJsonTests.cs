using System.Text;
using System.Text.Json;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Reports;
using static BackCareRoller.Formats.Tests.Reports.SampleReports;

namespace BackCareRoller.Formats.Tests.Reports;

public sealed class ReportJsonTests
{
    /// <summary>The example of DESIGN.md section 6, verbatim: the contract's required fields only.</summary>
    private const string DesignExample = """
        {
          "format": "backcare-report/1",
          "duration_s": 612.4,
          "alerts": [ { "t_s": 48.2, "kind": "lumbar", "message": "Lower back — stop" },
                      { "t_s": 71.0, "kind": "too_fast", "message": "Too fast — slow down" } ],
          "zones": [ { "start_s": 3.0, "end_s": 41.5, "zone": "upper_back", "side": null } ],
          "speed": [ { "t_s": 3.0, "cm_per_s": 2.1 } ],
          "summary": { "per_zone_s": { "upper_back": 95.2, "glutes": 120.4 },
                       "too_fast_s": 12.5, "alert_counts": { "lumbar": 1, "too_fast": 3 } }
        }
        """;

    [Fact]
    public void Serialize_FullReport_MatchesTheGoldenJson()
    {
        Assert.Equal(GoldenReports.Full + "\n", ReportJson.Serialize(Full()));
    }

    [Fact]
    public void Serialize_MinimalReport_MatchesTheGoldenJson()
    {
        Assert.Equal(GoldenReports.Minimal + "\n", ReportJson.Serialize(Minimal()));
    }

    [Fact]
    public void Serialize_MinimalReport_HasExactlyTheContractKeys()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Minimal()));

        Assert.Equal(
            ["format", "duration_s", "alerts", "zones", "speed", "summary"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["per_zone_s", "too_fast_s", "alert_counts"],
            json.RootElement.GetProperty("summary").EnumerateObject().Select(p => p.Name).Take(3));
    }

    [Fact]
    public void Serialize_NotIndented_IsOneLine()
    {
        var json = ReportJson.Serialize(Minimal(), indented: false);

        Assert.DoesNotContain('\n', json);
        Assert.StartsWith("{\"format\":\"backcare-report/1\",\"duration_s\":0,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WrittenReport_WritesBackByteIdentical()
    {
        var json = ReportJson.Serialize(Full());

        Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json)));
    }

    [Fact]
    public void Deserialize_FullReport_RestoresCoreUnitsAndTypes()
    {
        var report = ReportJson.Deserialize(GoldenReports.Full);

        Assert.Equal(612.4, report.DurationSeconds);
        Assert.Equal([new Alert(S(48.2), AlertKind.Lumbar), new Alert(S(71), AlertKind.TooFast)], report.Alerts);
        Assert.Equal(new ZoneInterval(S(41.5), S(612.4), BodyZone.Glutes, BodySide.Left), report.Zones[2]);
        Assert.Equal(0.021, report.Speed[0].SpeedMetersPerSecond, 1e-12);
        Assert.Equal(S(3), report.Speed[0].Time);
        Assert.Equal(570.9, report.Summary.PerZoneSideSeconds[BodyZone.Glutes][BodySide.Left]);
        Assert.Equal([S(71), S(80.25), S(99)], report.Summary.AlertTimes[AlertKind.TooFast]);
        Assert.Equal(10.123, report.Summary.RolledDistanceMeters, 1e-12);
        Assert.Equal(0.0252, report.Summary.MeanRollingSpeedMetersPerSecond!.Value, 1e-12);
        Assert.Equal(87, report.Summary.Passes);
        Assert.Equal([new TenderSpotPause(S(120.5), S(144.75), BodyZone.Glutes, BodySide.Left)], report.Summary.Pauses);
        Assert.Equal(new MoveAdherence(RoutineMove.Hamstrings, 30.25, MoveVerdict.TooShort), report.Summary.Adherence!.Moves[2]);
        Assert.Equal(0.5, report.Summary.Adherence.LumbarSeconds);
        Assert.Equal(ZoneConfidence.BodySensor, report.ZoneConfidence);
        Assert.Equal(122_480, report.Input!.SamplesPerSensor[SensorRole.Roller]);
        Assert.Equal(2, report.Input.SkippedRows);
        Assert.Equal(1.78, report.Profile!.HeightMeters!.Value, 1e-12);
        Assert.Equal(RollerMount.FirmwareAxis, report.Profile.Mount);
    }

    [Fact]
    public void Deserialize_DesignExample_ReadsWithTheExtrasDefaulted()
    {
        var report = ReportJson.Deserialize(DesignExample);

        Assert.Equal([new ZoneInterval(S(3), S(41.5), BodyZone.UpperBack, null)], report.Zones);
        Assert.Equal(120.4, report.Summary.PerZoneSeconds[BodyZone.Glutes]);
        Assert.Equal(3, report.Summary.AlertCounts[AlertKind.TooFast]);
        Assert.Empty(report.Summary.PerZoneSideSeconds);
        Assert.Empty(report.Summary.Pauses);
        Assert.Null(report.Summary.Adherence);
        Assert.Null(report.Summary.MeanRollingSpeedMetersPerSecond);
        Assert.Null(report.ZoneConfidence);
        Assert.Null(report.Input);
        Assert.Null(report.Profile);
    }

    [Fact]
    public void Deserialize_UnknownFieldsSuchAsALaterCheckin_AreSkipped()
    {
        var json = DesignExample.Replace(
            "\"format\": \"backcare-report/1\",",
            "\"format\": \"backcare-report/1\", \"checkin\": { \"pain_before\": 4, \"notes\": [\"stiff\"] },",
            StringComparison.Ordinal);

        var report = ReportJson.Deserialize(json);

        Assert.Equal(612.4, report.DurationSeconds);
    }

    [Theory]
    [InlineData("\"backcare-report/2\"", "Unsupported report format \"backcare-report/2\"")]
    [InlineData("\"backcare-recording/1\"", "Unsupported report format \"backcare-recording/1\"")]
    public void Deserialize_WrongFormat_ThrowsNamingBothFormats(string format, string expected)
    {
        var json = DesignExample.Replace("\"backcare-report/1\"", format, StringComparison.Ordinal);

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("backcare-report/1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WrongFormatWhoseShapeAlsoDiffers_StillNamesTheFormat()
    {
        const string json = """{ "format": "backcare-report/2", "zones": "one string now", "duration_s": 1 }""";

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(json));

        Assert.Contains("\"backcare-report/2\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NoFormat_ThrowsNotAReport()
    {
        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize("""{ "duration_s": 1 }"""));

        Assert.Equal("Not a report: $.format is missing (expected \"backcare-report/1\").", error.Message);
    }

    [Theory]
    [InlineData("\"zones\": [ { \"start_s\": 3.0, \"end_s\": 41.5, \"zone\": \"upper_back\", \"side\": null } ],", "", "$.zones is missing")]
    [InlineData("{ \"t_s\": 48.2, \"kind\": \"lumbar\"", "{ \"kind\": \"lumbar\"", "$.alerts[0].t_s is missing")]
    [InlineData("\"too_fast_s\": 12.5,", "", "$.summary.too_fast_s is missing")]
    [InlineData("{ \"t_s\": 3.0, \"cm_per_s\": 2.1 }", "null", "$.speed[0] is missing or null")]
    [InlineData("\"start_s\": 3.0", "\"start_s\": -3.0", "$.zones[0].start_s is -3")]
    public void Deserialize_MissingOrBadField_NamesItsPath(string find, string replace, string expected)
    {
        var json = DesignExample.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(DesignExample, json);

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"upper_back\"", "\"lumbr\"")]
    [InlineData("\"upper_back\"", "5")]
    [InlineData("\"upper_back\"", "\"UpperBack, Neck\"")]
    public void Deserialize_ZoneNotASnakeCaseName_NamesTheLineAndPath(string find, string replace)
    {
        var json = DesignExample.Replace("\"zone\": " + find, "\"zone\": " + replace, StringComparison.Ordinal);

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(json));

        Assert.StartsWith("Invalid report JSON at line 6, $.zones[0].zone:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NumberAsString_SaysTheTypeIsWrongWithoutInternalNames()
    {
        var json = DesignExample.Replace("\"duration_s\": 612.4", "\"duration_s\": \"612.4\"", StringComparison.Ordinal);

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(json));

        Assert.Equal("Invalid report JSON at line 3, $.duration_s: the value has the wrong JSON type (for example a string where a number belongs).", error.Message);
    }

    [Theory]
    [InlineData("", "Invalid report JSON at line 1, $:")]
    [InlineData("null", "Not a report: the JSON is null, not an object.")]
    [InlineData("# format=backcare-recording/1\ntime_s,sensor", "Invalid report JSON at line 1, $:")]
    public void Deserialize_NotAReportObject_ThrowsAClearError(string json, string expected)
    {
        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_Reads()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(DesignExample)]);

        Assert.Equal(612.4, ReportJson.Read(stream).DurationSeconds);
    }

    [Fact]
    public async Task WriteAsyncThenReadAsync_Stream_RoundTrips()
    {
        using var stream = new MemoryStream();
        await ReportJson.WriteAsync(stream, Full(), CancellationToken.None);
        stream.Position = 0;

        var report = await ReportJson.ReadAsync(stream, CancellationToken.None);

        Assert.Equal(GoldenReports.Full + "\n", ReportJson.Serialize(report));
    }

    [Fact]
    public void Write_Stream_WritesTheSameBytesAsSerialize()
    {
        using var stream = new MemoryStream();

        ReportJson.Write(stream, Full());

        Assert.Equal(GoldenReports.Full + "\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Serialize_NaNSpeed_ThrowsInsteadOfWritingInvalidJson()
    {
        var report = Minimal() with { Speed = [new SpeedReading(S(1), double.NaN)] };

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportJson.Serialize(report));
    }

    [Fact]
    public void Serialize_TinyNegativeValue_WritesZeroNotMinusZero()
    {
        var report = Minimal() with { Speed = [new SpeedReading(S(1), -0.00001)] };

        Assert.Contains("\"cm_per_s\": 0\n", ReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NullReport_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReportJson.Serialize(null!));
    }
}
