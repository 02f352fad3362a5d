using System.Text.Json;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Reports;
using static BackCareRoller.Formats.Tests.Reports.SampleReports;

namespace BackCareRoller.Formats.Tests.Reports;

public sealed class CheckInReportTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 10, 7, 29, 12, 345, TimeSpan.Zero);

    private static readonly CheckIn Before = new()
    {
        RecordedAt = Morning,
        Pain = 5,
        Where = [new PainLocation(PainArea.LowerBack, null), new PainLocation(PainArea.Leg, BodySide.Left)],
        Character = PainCharacter.Dull,
        RadiatesDownLeg = false,
        DaysSinceStart = 3,
    };

    private static readonly CheckIn After = new() { RecordedAt = Morning.AddMinutes(14), Pain = 3 };

    /// <summary>The <c>checkin</c> block as written: before with every answer, after with only the pain.</summary>
    private const string GoldenCheckIn = """
          "checkin": {
            "before": {
              "recorded_at": "2025-03-10T07:29:12.345+00:00",
              "pain": 5,
              "where": [
                {
                  "area": "lower_back",
                  "side": null
                },
                {
                  "area": "leg",
                  "side": "left"
                }
              ],
              "character": "dull",
              "radiates_down_leg": false,
              "days_since_start": 3
            },
            "after": {
              "recorded_at": "2025-03-10T07:43:12.345+00:00",
              "pain": 3,
              "where": [],
              "character": null,
              "radiates_down_leg": null,
              "days_since_start": null
            }
          }
        }
        """;

    [Fact]
    public void Serialize_WithCheckIns_EndsWithTheGoldenCheckinBlock()
    {
        var json = ReportJson.Serialize(Minimal() with { CheckIns = new SessionCheckIns(Before, After) });

        Assert.EndsWith(GoldenCheckIn + "\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WithCheckIns_LeavesTheRestOfTheContractUnchanged()
    {
        var without = ReportJson.Serialize(Full());
        var with = ReportJson.Serialize(Full() with { CheckIns = new SessionCheckIns(Before, After) });

        using var a = JsonDocument.Parse(without);
        using var b = JsonDocument.Parse(with);
        Assert.Equal(a.RootElement.EnumerateObject().Select(p => p.Name).Append("checkin"), b.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (var property in a.RootElement.EnumerateObject())
        {
            Assert.Equal(property.Value.GetRawText(), b.RootElement.GetProperty(property.Name).GetRawText());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_NoCheckIn_HasNoCheckinKey(bool emptyObject)
    {
        var report = emptyObject ? Minimal() with { CheckIns = SessionCheckIns.None } : Minimal();

        Assert.DoesNotContain("checkin", ReportJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_OnlyBefore_WritesAfterAsNull()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Minimal() with { CheckIns = new SessionCheckIns(Before, null) }));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("checkin").GetProperty("after").ValueKind);
    }

    [Fact]
    public void Deserialize_WrittenCheckIns_RoundTripToEqualCheckIns()
    {
        var checkIns = new SessionCheckIns(Before, After);

        var read = ReportJson.Deserialize(ReportJson.Serialize(Full() with { CheckIns = checkIns }));

        Assert.Equal(checkIns, read.CheckIns);
    }

    [Fact]
    public void Serialize_SubMillisecondAndLocalOffset_WrittenInUtcToTheMillisecond()
    {
        var local = new DateTimeOffset(2025, 3, 10, 9, 29, 12, 345, TimeSpan.FromHours(2)).AddTicks(4_321);

        var json = ReportJson.Serialize(Minimal() with { CheckIns = new SessionCheckIns(After with { RecordedAt = local }, null) });

        Assert.Contains("\"recorded_at\": \"2025-03-10T07:29:12.345+00:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OlderReportWithoutCheckin_HasNoCheckIns()
    {
        Assert.Null(ReportJson.Deserialize(GoldenReports.Minimal).CheckIns);
    }

    [Theory]
    [InlineData("\"pain\": 5", "\"pain\": 11", "$.checkin.before: pain must be a whole number from 0 to 10 (got 11).")]
    [InlineData("\"pain\": 5", "\"pain\": null", "$.checkin.before.pain is missing or null")]
    [InlineData("\"days_since_start\": 3", "\"days_since_start\": -2", "$.checkin.before: days since the pain started")]
    [InlineData("\"area\": \"leg\"", "\"area\": \"neck\"", "Unknown PainArea \"neck\"")]
    [InlineData("\"character\": \"dull\"", "\"character\": \"burning\"", "Unknown PainCharacter \"burning\"")]
    [InlineData("\"recorded_at\": \"2025-03-10T07:29:12.345+00:00\"", "\"recorded_at\": null", "$.checkin.before.recorded_at is missing or null")]
    public void Deserialize_BadCheckIn_FailsNamingWhereAndWhat(string good, string bad, string expected)
    {
        var json = ReportJson.Serialize(Minimal() with { CheckIns = new SessionCheckIns(Before, After) });
        Assert.Contains(good, json, StringComparison.Ordinal);

        var error = Assert.Throws<ReportFormatException>(() => ReportJson.Deserialize(ReplaceFirst(json, good, bad)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + find.Length)..];
    }
}
