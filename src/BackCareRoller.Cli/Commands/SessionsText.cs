using System.Globalization;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Cli.Commands;

/// <summary>How sessions read in the terminal: UTC times, m:ss durations, the report contract's zone names.</summary>
internal static class SessionsText
{
    public static string Utc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string UtcSeconds(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    public static string Duration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}");

    public static string Status(SessionStatus status) => status switch
    {
        SessionStatus.Live => "live",
        SessionStatus.Completed => "completed",
        SessionStatus.Interrupted => "interrupted",
        _ => status.ToString(),
    };

    public static string Zone(BodyZone zone) => zone switch
    {
        BodyZone.None => "none",
        BodyZone.Calves => "calves",
        BodyZone.Hamstrings => "hamstrings",
        BodyZone.Glutes => "glutes",
        BodyZone.Lumbar => "lumbar",
        BodyZone.UpperBack => "upper_back",
        BodyZone.Neck => "neck",
        BodyZone.Quads => "quads",
        BodyZone.HipFlexors => "hip_flexors",
        _ => zone.ToString(),
    };

    public static string Side(BodySide? side) => side switch
    {
        BodySide.Left => "left",
        BodySide.Right => "right",
        _ => string.Empty,
    };

    public static string Alert(AlertKind kind) => kind switch
    {
        AlertKind.TooFast => "too_fast",
        AlertKind.Lumbar => "lumbar",
        AlertKind.Neck => "neck",
        _ => kind.ToString(),
    };

    public static string Devices(IReadOnlyList<string> devices) => devices.Count == 0 ? "-" : string.Join(", ", devices);

    public static string Centimetres(double? value) =>
        value is { } cm ? string.Create(CultureInfo.InvariantCulture, $"{cm:0.#} cm") : "unknown";
}
