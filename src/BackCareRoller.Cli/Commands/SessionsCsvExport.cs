using System.Globalization;
using BackCareRoller.Core.Reports;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// The report as one flat CSV table (RFC 4180) for spreadsheets: one row per record, the column <c>record</c> saying
/// which kind — <c>zone</c> (start_s, end_s, zone, side), <c>alert</c> (start_s, kind, value = message),
/// <c>speed</c> (start_s, value = cm/s), <c>zone_total</c> (zone, side, value = seconds) and <c>too_fast_total</c>
/// (value = seconds). Names and units are those of the report JSON (DESIGN.md section 6).
/// </summary>
internal static class SessionsCsvExport
{
    public const string Header = "record,start_s,end_s,zone,side,kind,value";

    public static void Write(TextWriter writer, SessionReport report)
    {
        writer.WriteLine(Header);
        foreach (var zone in report.Zones)
        {
            Row(writer, "zone", Seconds(zone.Start.TotalSeconds), Seconds(zone.End.TotalSeconds), SessionsText.Zone(zone.Zone), SessionsText.Side(zone.Side), string.Empty, string.Empty);
        }

        foreach (var alert in report.Alerts)
        {
            Row(writer, "alert", Seconds(alert.Time.TotalSeconds), string.Empty, string.Empty, string.Empty, SessionsText.Alert(alert.Kind), alert.Message);
        }

        foreach (var reading in report.Speed)
        {
            Row(writer, "speed", Seconds(reading.Time.TotalSeconds), string.Empty, string.Empty, string.Empty, string.Empty, Number(reading.SpeedMetersPerSecond * 100.0));
        }

        foreach (var (zone, seconds) in report.Summary.PerZoneSeconds.OrderBy(pair => pair.Key))
        {
            Row(writer, "zone_total", string.Empty, string.Empty, SessionsText.Zone(zone), string.Empty, string.Empty, Number(seconds));
        }

        foreach (var (zone, sides) in report.Summary.PerZoneSideSeconds.OrderBy(pair => pair.Key))
        {
            foreach (var (side, seconds) in sides.OrderBy(pair => pair.Key))
            {
                Row(writer, "zone_total", string.Empty, string.Empty, SessionsText.Zone(zone), SessionsText.Side(side), string.Empty, Number(seconds));
            }
        }

        Row(writer, "too_fast_total", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Number(report.Summary.TooFastSeconds));
    }

    private static void Row(TextWriter writer, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Rfc4180.Quote(fields[i]));
        }

        writer.WriteLine();
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
