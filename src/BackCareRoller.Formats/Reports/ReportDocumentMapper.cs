using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// Maps a Core <see cref="SessionReport"/> to the JSON document: SI to the file's units (cm/s, cm), rounding, and
/// dictionaries in enum order so the output never depends on how a dictionary was filled.
/// </summary>
internal static class ReportDocumentMapper
{
    private static readonly BodyZone[] Zones = Enum.GetValues<BodyZone>();
    private static readonly BodySide[] Sides = Enum.GetValues<BodySide>();
    private static readonly AlertKind[] Kinds = Enum.GetValues<AlertKind>();
    private static readonly SensorRole[] Sensors = Enum.GetValues<SensorRole>();

    /// <summary>The document for <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document to serialise.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number in the report is NaN or infinite.</exception>
    public static ReportDocument ToDocument(SessionReport report) => new()
    {
        Format = SessionReport.FormatName,
        DurationS = ReportRounding.Instant(report.DurationSeconds),
        Alerts = report.Alerts.Select(alert => new AlertEntry
        {
            TimeS = ReportRounding.Instant(alert.Time),
            Kind = alert.Kind,
            Message = alert.Message,
        }).ToArray(),
        Zones = report.Zones.Select(span => new ZoneEntry
        {
            StartS = ReportRounding.Instant(span.Start),
            EndS = ReportRounding.Instant(span.End),
            Zone = span.Zone,
            Side = span.Side,
        }).ToArray(),
        Speed = report.Speed.Select(reading => new SpeedEntry
        {
            TimeS = ReportRounding.Instant(reading.Time),
            CmPerS = ReportRounding.CentimetresPerSecond(reading.SpeedMetersPerSecond),
        }).ToArray(),
        Summary = ToEntry(report.Summary),
        ZoneConfidence = report.ZoneConfidence,
        Input = report.Input is { } input ? ToEntry(input) : null,
        Profile = report.Profile is { } profile ? ToEntry(profile) : null,
        CheckIn = report.CheckIns is { IsEmpty: false } checkIns ? ToEntry(checkIns) : null,
    };

    private static SummaryEntry ToEntry(SessionSummary summary) => new()
    {
        PerZoneS = InOrder(Zones, summary.PerZoneSeconds, ReportRounding.Seconds),
        TooFastS = ReportRounding.Seconds(summary.TooFastSeconds),
        AlertCounts = InOrder(Kinds, summary.AlertCounts, count => count),
        PerZoneSideS = InOrder(Zones, summary.PerZoneSideSeconds, sides => (IReadOnlyDictionary<BodySide, double>)InOrder(Sides, sides, ReportRounding.Seconds)),
        AlertTimesS = InOrder(Kinds, summary.AlertTimes, times => (IReadOnlyList<double>)times.Select(ReportRounding.Instant).ToArray()),
        RollingS = ReportRounding.Seconds(summary.RollingSeconds),
        RolledDistanceCm = ReportRounding.Centimetres(summary.RolledDistanceMeters),
        MeanRollingCmPerS = summary.MeanRollingSpeedMetersPerSecond is { } mean ? ReportRounding.CentimetresPerSecond(mean) : null,
        MedianRollingCmPerS = summary.MedianRollingSpeedMetersPerSecond is { } median ? ReportRounding.CentimetresPerSecond(median) : null,
        Passes = summary.Passes,
        Pauses = summary.Pauses.Select(pause => new PauseEntry
        {
            StartS = ReportRounding.Instant(pause.Start),
            EndS = ReportRounding.Instant(pause.End),
            Zone = pause.Zone,
            Side = pause.Side,
        }).ToArray(),
        Adherence = summary.Adherence is { } adherence ? ToEntry(adherence) : null,
    };

    private static AdherenceEntry ToEntry(RoutineAdherence adherence) => new()
    {
        Moves = adherence.Moves.Select(move => new MoveEntry
        {
            Move = move.Move,
            TimeS = ReportRounding.Seconds(move.Seconds),
            Verdict = move.Verdict,
        }).ToArray(),
        LumbarS = ReportRounding.Seconds(adherence.LumbarSeconds),
        NeckS = ReportRounding.Seconds(adherence.NeckSeconds),
        Followed = adherence.IsFollowed,
    };

    private static InputEntry ToEntry(InputStats input) => new()
    {
        Samples = InOrder(Sensors, input.SamplesPerSensor, count => count),
        SkippedRows = input.SkippedRows,
    };

    private static ProfileEntry ToEntry(SessionProfile profile) => new()
    {
        HeightCm = profile.HeightMeters is { } height ? ReportRounding.Centimetres(height) : null,
        RollerDiameterCm = profile.RollerDiameterMeters is { } diameter ? ReportRounding.Centimetres(diameter) : null,
        Mount = profile.Mount,
    };

    private static CheckInsEntry ToEntry(SessionCheckIns checkIns) => new()
    {
        Before = checkIns.Before is { } before ? ToEntry(before) : null,
        After = checkIns.After is { } after ? ToEntry(after) : null,
    };

    private static CheckInEntry ToEntry(CheckIn checkIn) => new()
    {
        RecordedAt = ReportRounding.Millisecond(checkIn.RecordedAt),
        Pain = checkIn.Pain,
        Where = checkIn.Where.Select(location => new PainLocationEntry { Area = location.Area, Side = location.Side }).ToArray(),
        Character = checkIn.Character,
        RadiatesDownLeg = checkIn.RadiatesDownLeg,
        DaysSinceStart = checkIn.DaysSinceStart,
    };

    private static Dictionary<TKey, TOut> InOrder<TKey, TIn, TOut>(TKey[] order, IReadOnlyDictionary<TKey, TIn> source, Func<TIn, TOut> map)
        where TKey : struct, Enum
    {
        // Keys in declaration order: the JSON is the same however the dictionary was filled.
        var result = new Dictionary<TKey, TOut>();
        foreach (var key in order)
        {
            if (source.TryGetValue(key, out var value))
            {
                result[key] = map(value);
            }
        }

        return result;
    }
}
