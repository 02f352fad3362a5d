using System.Text.Json;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Sources;

namespace BackCareRoller.Web.Json;

/// <summary>The snake_case wire names of the enums (DESIGN.md sections 4 and 6), computed once.</summary>
internal static class WireNames
{
    private static readonly string[] Zones = Build<BodyZone>();
    private static readonly string[] AlertKinds = Build<AlertKind>();
    private static readonly string[] Moves = Build<RoutineMove>();
    private static readonly string[] Sources = Build<ImuSourceKind>();
    private static readonly string[] Reasons = Build<SessionEndReason>();

    public static string Of(BodyZone value) => Zones[(int)value];

    public static string Of(AlertKind value) => AlertKinds[(int)value];

    public static string Of(RoutineMove value) => Moves[(int)value];

    public static string Of(ImuSourceKind value) => Sources[(int)value];

    public static string Of(SessionEndReason value) => Reasons[(int)value];

    public static string? Of(BodySide? value) => value switch
    {
        BodySide.Left => "left",
        BodySide.Right => "right",
        _ => null,
    };

    public static bool TryParseSource(string? text, out ImuSourceKind kind)
    {
        for (var i = 0; i < Sources.Length; i++)
        {
            if (string.Equals(Sources[i], text, StringComparison.OrdinalIgnoreCase))
            {
                kind = (ImuSourceKind)i;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static string[] Build<T>()
        where T : struct, Enum
    {
        // Enum values are dense from 0 in every enum named here.
        var values = Enum.GetValues<T>();
        var names = new string[values.Length];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
        }

        return names;
    }
}
