using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Reports;
using static BackCareRoller.Formats.Tests.Reports.SampleReports;

namespace BackCareRoller.Formats.Tests.Reports;

/// <summary>The path analyze takes: summariser snapshot and timeline into a report, to JSON and back.</summary>
public sealed class SummaryReportTests
{
    [Fact]
    public void Serialize_SummariserOutput_WritesEverySummaryFieldAndReadsBack()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(2), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(70), BodyZone.None, null, RoutineMove.None));
        for (var k = 1; k <= 6000; k++)
        {
            // 60 s of 5 cm strokes at 2.5 cm/s, starting at 2 s.
            var t = 2 + (k / 100.0);
            var direction = ((int)((t - 2) / 2) % 2 == 0) ? 1 : -1;
            summariser.Add(new RollerMotion(S(t), direction * 0.025 / 0.075, 0.025, IsRolling: true, AxisSignKnown: true));
        }

        summariser.Add(new Alert(S(30), AlertKind.TooFast));
        var end = S(80);
        var report = new SessionReport
        {
            DurationSeconds = end.TotalSeconds,
            Alerts = [new Alert(S(30), AlertKind.TooFast)],
            Zones = summariser.Timeline(end),
            Speed = [new SpeedReading(S(2), 0.025)],
            Summary = summariser.Snapshot(end),
        };

        var back = ReportJson.Deserialize(ReportJson.Serialize(report));

        Assert.Equal(
            [
                new ZoneInterval(S(0), S(2), BodyZone.None, null),
                new ZoneInterval(S(2), S(70), BodyZone.Glutes, BodySide.Left),
                new ZoneInterval(S(70), S(80), BodyZone.None, null),
            ],
            back.Zones);
        Assert.Equal(68, back.Summary.PerZoneSideSeconds[BodyZone.Glutes][BodySide.Left]);
        Assert.Equal(30, back.Summary.Passes);
        Assert.Equal(2.5, back.Summary.MeanRollingSpeedMetersPerSecond!.Value * 100, 1e-9);
        Assert.Equal(MoveVerdict.InRange, back.Summary.Adherence!.Moves[0].Verdict);
        Assert.Equal(1, back.Summary.AlertCounts[AlertKind.TooFast]);
    }
}
