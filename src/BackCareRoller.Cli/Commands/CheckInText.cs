using System.Globalization;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Cli.Commands;

/// <summary>How check-ins read in the terminal and in exports: "pain 5/10; lower back, left leg; dull; not down a leg".</summary>
internal static class CheckInText
{
    public static string Describe(CheckIn checkIn)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"pain {checkIn.Pain}/10") };
        if (checkIn.Where.Count > 0)
        {
            parts.Add(Where(checkIn.Where));
        }

        if (checkIn.Character is { } character)
        {
            parts.Add(Character(character));
        }

        if (checkIn.RadiatesDownLeg is { } radiates)
        {
            parts.Add(radiates ? "runs down a leg" : "not down a leg");
        }

        if (checkIn.DaysSinceStart is { } days)
        {
            parts.Add(Started(days));
        }

        return string.Join("; ", parts);
    }

    public static string Where(IReadOnlyList<PainLocation> where) => string.Join(", ", where.Select(Place));

    public static string Place(PainLocation location)
    {
        var area = location.Area switch
        {
            PainArea.LowerBack => "lower back",
            PainArea.Buttock => "buttock",
            PainArea.Leg => "leg",
            _ => location.Area.ToString(),
        };
        return location.Side switch
        {
            BodySide.Left => "left " + area,
            BodySide.Right => "right " + area,
            _ => area,
        };
    }

    public static string Character(PainCharacter character) => character == PainCharacter.Sharp ? "sharp" : "dull";

    public static string Started(int days) => days switch
    {
        0 => "started today",
        1 => "started 1 day ago",
        _ => string.Create(CultureInfo.InvariantCulture, $"started {days} days ago"),
    };

    public static string Moment(CheckInMoment moment) => moment == CheckInMoment.Before ? "before" : "after";

    public static string Pain(double? pain) => pain is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
