using System.Globalization;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// <c>backcare sessions export --all --format csv</c>: one row per session for a physiotherapist's spreadsheet (issue
/// 8) — local date and time, duration, seconds per zone (and side), alerts, the check-ins before and after, and the
/// red flags as they stood at the end of that session. RFC 4180: CRLF rows, fields quoted when needed; UTF-8.
/// </summary>
internal static class SessionsSummaryCsv
{
    private static readonly BodyZone[] Zones = [.. Enum.GetValues<BodyZone>().Where(zone => zone != BodyZone.None)];

    public static IReadOnlyList<string> Columns { get; } = BuildColumns();

    public static void Write(TextWriter writer, IReadOnlyList<StoredSession> sessions, IReadOnlyList<CheckInSession> timeline, TimeSpan utcOffset)
    {
        var flags = RedFlagRules.AssessEach(timeline).ToDictionary(pair => pair.Session.SessionId, pair => pair.Assessment);
        Rfc4180.WriteRow(writer, Columns);
        foreach (var session in sessions)
        {
            Rfc4180.WriteRow(writer, Row(session, flags.GetValueOrDefault(session.Listing.Id, RedFlagAssessment.None), utcOffset));
        }
    }

    private static List<string> BuildColumns()
    {
        var columns = new List<string> { "session_id", "date", "time", "status", "duration_s" };
        foreach (var zone in Zones)
        {
            columns.Add(SessionsText.Zone(zone) + "_s");
            if (ZoneTable.HasSides(zone))
            {
                columns.Add(SessionsText.Zone(zone) + "_left_s");
                columns.Add(SessionsText.Zone(zone) + "_right_s");
            }
        }

        columns.AddRange(
        [
            "alerts", "too_fast_alerts", "lumbar_alerts", "neck_alerts", "too_fast_s",
            "pain_before", "where_before", "character_before", "radiates_down_leg_before", "days_since_start",
            "pain_after", "where_after", "character_after", "radiates_down_leg_after",
            "red_flags", "devices", "source",
        ]);
        return columns;
    }

    private static List<string> Row(StoredSession session, RedFlagAssessment flags, TimeSpan utcOffset)
    {
        var listing = session.Listing;
        var summary = session.Report.Summary;
        var local = listing.StartedAt.ToOffset(utcOffset);
        var row = new List<string>(Columns.Count)
        {
            listing.Id.ToString(CultureInfo.InvariantCulture),
            local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            local.ToString("HH:mm", CultureInfo.InvariantCulture),
            SessionsText.Status(listing.Status),
            Number(session.Report.DurationSeconds),
        };
        foreach (var zone in Zones)
        {
            row.Add(Number(summary.PerZoneSeconds.GetValueOrDefault(zone)));
            if (ZoneTable.HasSides(zone))
            {
                var sides = summary.PerZoneSideSeconds.GetValueOrDefault(zone);
                row.Add(Number(sides?.GetValueOrDefault(BodySide.Left) ?? 0));
                row.Add(Number(sides?.GetValueOrDefault(BodySide.Right) ?? 0));
            }
        }

        // Counted from the stored alerts, which every session has, live and interrupted ones included.
        var alerts = session.Report.Alerts;
        row.Add(alerts.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var kind in (ReadOnlySpan<AlertKind>)[AlertKind.TooFast, AlertKind.Lumbar, AlertKind.Neck])
        {
            row.Add(alerts.Count(alert => alert.Kind == kind).ToString(CultureInfo.InvariantCulture));
        }

        row.Add(Number(summary.TooFastSeconds));
        var checkIns = session.Report.CheckIns ?? SessionCheckIns.None;
        AddCheckIn(row, checkIns.Before, withDays: true);
        AddCheckIn(row, checkIns.After, withDays: false);
        row.Add(string.Join("; ", flags.Flags.Select(RedFlagMessages.Label)));
        row.Add(Rfc4180.Text(string.Join("; ", listing.Devices)));
        row.Add(Rfc4180.Text(listing.Source ?? string.Empty));
        return row;
    }

    private static void AddCheckIn(List<string> row, CheckIn? checkIn, bool withDays)
    {
        row.Add(checkIn is null ? string.Empty : checkIn.Pain.ToString(CultureInfo.InvariantCulture));
        row.Add(checkIn is null ? string.Empty : CheckInText.Where(checkIn.Where));
        row.Add(checkIn?.Character is { } character ? CheckInText.Character(character) : string.Empty);
        row.Add(checkIn?.RadiatesDownLeg is { } radiates ? (radiates ? "yes" : "no") : string.Empty);
        if (withDays)
        {
            row.Add(checkIn?.DaysSinceStart is { } days ? days.ToString(CultureInfo.InvariantCulture) : string.Empty);
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
