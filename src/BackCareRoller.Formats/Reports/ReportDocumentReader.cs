using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// Turns a parsed document back into a Core <see cref="SessionReport"/>, checking the contract: the
/// <c>format</c>, every field DESIGN.md section 6 requires, and the fields each entry needs. Errors name the JSON
/// path (<c>$.zones[3].zone</c>).
/// </summary>
internal static class ReportDocumentReader
{
    /// <summary>Checks that <paramref name="format"/> is the one this reader understands.</summary>
    /// <param name="format">The document's <c>format</c>, or null when missing.</param>
    /// <exception cref="ReportFormatException">It is missing or another format.</exception>
    public static void CheckFormat(string? format)
    {
        if (format is null)
        {
            throw new ReportFormatException($"Not a report: $.format is missing (expected \"{SessionReport.FormatName}\").");
        }

        if (format != SessionReport.FormatName)
        {
            throw new ReportFormatException(
                $"Unsupported report format \"{format}\" at $.format: this reader understands \"{SessionReport.FormatName}\".");
        }
    }

    /// <summary>The report of <paramref name="document"/>.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportFormatException">The document breaks the contract.</exception>
    public static SessionReport ToReport(ReportDocument document)
    {
        CheckFormat(document.Format);
        var summary = Required(document.Summary, "$.summary");
        return new SessionReport
        {
            DurationSeconds = Required(document.DurationS, "$.duration_s"),
            Alerts = Entries(document.Alerts, "$.alerts", (entry, path) => new Alert(
                Time(entry.TimeS, path + ".t_s"),
                Required(entry.Kind, path + ".kind"))),
            Zones = Entries(document.Zones, "$.zones", (entry, path) => new ZoneInterval(
                Time(entry.StartS, path + ".start_s"),
                Time(entry.EndS, path + ".end_s"),
                Required(entry.Zone, path + ".zone"),
                entry.Side)),
            Speed = Entries(document.Speed, "$.speed", (entry, path) => new SpeedReading(
                Time(entry.TimeS, path + ".t_s"),
                Required(entry.CmPerS, path + ".cm_per_s") / 100)),
            Summary = ToSummary(summary),
            ZoneConfidence = document.ZoneConfidence,
            Input = document.Input is { } input ? ToInput(input) : null,
            Profile = document.Profile is { } profile ? ToProfile(profile) : null,
            CheckIns = document.CheckIn is { } checkIn ? ToCheckIns(checkIn) : null,
        };
    }

    private static SessionSummary ToSummary(SummaryEntry summary) => new()
    {
        PerZoneSeconds = Required(summary.PerZoneS, "$.summary.per_zone_s"),
        PerZoneSideSeconds = summary.PerZoneSideS ?? new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
        TooFastSeconds = Required(summary.TooFastS, "$.summary.too_fast_s"),
        AlertCounts = Required(summary.AlertCounts, "$.summary.alert_counts"),
        AlertTimes = summary.AlertTimesS is { } times
            ? times.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<TimeSpan>)pair.Value.Select(TimeSpan.FromSeconds).ToArray())
            : new Dictionary<AlertKind, IReadOnlyList<TimeSpan>>(),
        RollingSeconds = summary.RollingS ?? 0,
        RolledDistanceMeters = (summary.RolledDistanceCm ?? 0) / 100,
        MeanRollingSpeedMetersPerSecond = summary.MeanRollingCmPerS / 100,
        MedianRollingSpeedMetersPerSecond = summary.MedianRollingCmPerS / 100,
        Passes = summary.Passes ?? 0,
        Pauses = summary.Pauses is { } pauses
            ? Entries(pauses, "$.summary.pauses", (entry, path) => new TenderSpotPause(
                Time(entry.StartS, path + ".start_s"),
                Time(entry.EndS, path + ".end_s"),
                Required(entry.Zone, path + ".zone"),
                entry.Side))
            : [],
        Adherence = summary.Adherence is { } adherence ? ToAdherence(adherence) : null,
    };

    private static RoutineAdherence ToAdherence(AdherenceEntry adherence) => new()
    {
        Moves = Entries(adherence.Moves, "$.summary.adherence.moves", (entry, path) => new MoveAdherence(
            Required(entry.Move, path + ".move"),
            Required(entry.TimeS, path + ".time_s"),
            Required(entry.Verdict, path + ".verdict"))),
        LumbarSeconds = Required(adherence.LumbarS, "$.summary.adherence.lumbar_s"),
        NeckSeconds = Required(adherence.NeckS, "$.summary.adherence.neck_s"),
    };

    private static InputStats ToInput(InputEntry input) => new()
    {
        SamplesPerSensor = input.Samples ?? new Dictionary<SensorRole, long>(),
        SkippedRows = input.SkippedRows ?? 0,
    };

    private static SessionProfile ToProfile(ProfileEntry profile) => new()
    {
        HeightMeters = profile.HeightCm / 100,
        RollerDiameterMeters = profile.RollerDiameterCm / 100,
        Mount = profile.Mount,
    };

    private static SessionCheckIns ToCheckIns(CheckInsEntry entry) => new(
        entry.Before is { } before ? ToCheckIn(before, "$.checkin.before") : null,
        entry.After is { } after ? ToCheckIn(after, "$.checkin.after") : null);

    private static CheckIn ToCheckIn(CheckInEntry entry, string path)
    {
        var checkIn = new CheckIn
        {
            RecordedAt = Required(entry.RecordedAt, path + ".recorded_at"),
            Pain = Required(entry.Pain, path + ".pain"),
            Where = entry.Where is { } where
                ? Entries(where, path + ".where", (location, locationPath) => new PainLocation(Required(location.Area, locationPath + ".area"), location.Side))
                : [],
            Character = entry.Character,
            RadiatesDownLeg = entry.RadiatesDownLeg,
            DaysSinceStart = entry.DaysSinceStart,
        };

        // The answers' ranges are the product's, checked in one place (Core CheckInValidation).
        if (!CheckInValidation.TryValidate(checkIn, out var problem))
        {
            throw new ReportFormatException($"Invalid report at {path}: {problem}");
        }

        return checkIn;
    }

    private static T[] Entries<TEntry, T>(IReadOnlyList<TEntry?>? entries, string path, Func<TEntry, string, T> map)
        where TEntry : class
    {
        var list = Required(entries, path);
        var result = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var entryPath = $"{path}[{i}]";
            result[i] = map(Required(list[i], entryPath), entryPath);
        }

        return result;
    }

    private static TimeSpan Time(double? seconds, string path)
    {
        var value = Required(seconds, path);
        if (value < 0)
        {
            throw new ReportFormatException($"Invalid report: {path} is {value}, a time before the session start.");
        }

        return TimeSpan.FromSeconds(value);
    }

    private static T Required<T>(T? value, string path)
        where T : class =>
        value ?? throw new ReportFormatException($"Invalid report: {path} is missing or null.");

    private static T Required<T>(T? value, string path)
        where T : struct =>
        value ?? throw new ReportFormatException($"Invalid report: {path} is missing or null.");
}
