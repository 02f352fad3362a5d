using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Tests.Reports;

/// <summary>Hand-built reports: the example of DESIGN.md section 6 with every extra field, and a minimal one.</summary>
internal static class SampleReports
{
    public static SessionReport Full() => new()
    {
        DurationSeconds = 612.4,
        Alerts =
        [
            new Alert(S(48.2), AlertKind.Lumbar),
            new Alert(S(71.0), AlertKind.TooFast),
        ],
        Zones =
        [
            new ZoneInterval(S(0), S(3), BodyZone.None, null),
            new ZoneInterval(S(3), S(41.5), BodyZone.UpperBack, null),
            new ZoneInterval(S(41.5), S(612.4), BodyZone.Glutes, BodySide.Left),
        ],
        Speed =
        [
            new SpeedReading(S(3.0), 0.021),
            new SpeedReading(S(3.1), 0),
        ],
        Summary = new SessionSummary
        {
            // Filled out of enum order on purpose: the JSON must not depend on it.
            PerZoneSeconds = new Dictionary<BodyZone, double>
            {
                [BodyZone.Glutes] = 570.9,
                [BodyZone.UpperBack] = 38.5,
                [BodyZone.None] = 3.0,
            },
            PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>
            {
                [BodyZone.Glutes] = new Dictionary<BodySide, double> { [BodySide.Right] = 0.004, [BodySide.Left] = 570.896 },
            },
            TooFastSeconds = 12.5,
            AlertCounts = new Dictionary<AlertKind, int> { [AlertKind.TooFast] = 3, [AlertKind.Lumbar] = 1 },
            AlertTimes = new Dictionary<AlertKind, IReadOnlyList<TimeSpan>>
            {
                [AlertKind.Lumbar] = [S(48.2)],
                [AlertKind.TooFast] = [S(71.0), S(80.25), S(99.0004)],
            },
            RollingSeconds = 401.256,
            RolledDistanceMeters = 10.12345,
            MeanRollingSpeedMetersPerSecond = 0.025229,
            MedianRollingSpeedMetersPerSecond = 0.02375,
            Passes = 87,
            Pauses = [new TenderSpotPause(S(120.5), S(144.75), BodyZone.Glutes, BodySide.Left)],
            Adherence = new RoutineAdherence
            {
                Moves =
                [
                    new MoveAdherence(RoutineMove.Glutes, 90.5, MoveVerdict.InRange),
                    new MoveAdherence(RoutineMove.HipFlexors, 0, MoveVerdict.Missing),
                    new MoveAdherence(RoutineMove.Hamstrings, 30.25, MoveVerdict.TooShort),
                    new MoveAdherence(RoutineMove.UpperBack, 130, MoveVerdict.TooLong),
                ],
                LumbarSeconds = 0.5,
                NeckSeconds = 0,
            },
        },
        ZoneConfidence = ZoneConfidence.BodySensor,
        Input = new InputStats
        {
            SamplesPerSensor = new Dictionary<SensorRole, long> { [SensorRole.Body] = 61_240, [SensorRole.Roller] = 122_480 },
            SkippedRows = 2,
        },
        Profile = new SessionProfile { HeightMeters = 1.78, RollerDiameterMeters = 0.15, Mount = RollerMount.FirmwareAxis },
    };

    public static SessionReport Minimal() => new()
    {
        DurationSeconds = 0,
        Alerts = [],
        Zones = [],
        Speed = [],
        Summary = new SessionSummary
        {
            PerZoneSeconds = new Dictionary<BodyZone, double>(),
            PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
            TooFastSeconds = 0,
            AlertCounts = new Dictionary<AlertKind, int>(),
        },
    };

    public static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);
}
