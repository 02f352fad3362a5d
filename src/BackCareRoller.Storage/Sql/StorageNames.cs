using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Storage.Sql;

/// <summary>The text stored for each enum value: the snake_case names of the report contract (DESIGN.md section 6).</summary>
internal static class StorageNames
{
    public static string Of(BodyZone zone) => zone switch
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
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Unknown zone."),
    };

    public static BodyZone ZoneFrom(string text) => text switch
    {
        "none" => BodyZone.None,
        "calves" => BodyZone.Calves,
        "hamstrings" => BodyZone.Hamstrings,
        "glutes" => BodyZone.Glutes,
        "lumbar" => BodyZone.Lumbar,
        "upper_back" => BodyZone.UpperBack,
        "neck" => BodyZone.Neck,
        "quads" => BodyZone.Quads,
        "hip_flexors" => BodyZone.HipFlexors,
        _ => throw new InvalidDataException($"Unknown zone '{text}' in the session database."),
    };

    public static string Of(BodySide side) => side switch
    {
        BodySide.Left => "left",
        BodySide.Right => "right",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown side."),
    };

    public static BodySide SideFrom(string text) => text switch
    {
        "left" => BodySide.Left,
        "right" => BodySide.Right,
        _ => throw new InvalidDataException($"Unknown side '{text}' in the session database."),
    };

    public static string Of(AlertKind kind) => kind switch
    {
        AlertKind.TooFast => "too_fast",
        AlertKind.Lumbar => "lumbar",
        AlertKind.Neck => "neck",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alert kind."),
    };

    public static AlertKind AlertFrom(string text) => text switch
    {
        "too_fast" => AlertKind.TooFast,
        "lumbar" => AlertKind.Lumbar,
        "neck" => AlertKind.Neck,
        _ => throw new InvalidDataException($"Unknown alert kind '{text}' in the session database."),
    };

    public static string Of(SessionStatus status) => status switch
    {
        SessionStatus.Live => "live",
        SessionStatus.Completed => "completed",
        SessionStatus.Interrupted => "interrupted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static SessionStatus StatusFrom(string text) => text switch
    {
        "live" => SessionStatus.Live,
        "completed" => SessionStatus.Completed,
        "interrupted" => SessionStatus.Interrupted,
        _ => throw new InvalidDataException($"Unknown session status '{text}' in the session database."),
    };

    public static string Of(CheckInMoment moment) => moment switch
    {
        CheckInMoment.Before => "before",
        CheckInMoment.After => "after",
        _ => throw new ArgumentOutOfRangeException(nameof(moment), moment, "Unknown check-in moment."),
    };

    public static CheckInMoment MomentFrom(string text) => text switch
    {
        "before" => CheckInMoment.Before,
        "after" => CheckInMoment.After,
        _ => throw new InvalidDataException($"Unknown check-in moment '{text}' in the session database."),
    };

    public static string Of(PainArea area) => area switch
    {
        PainArea.LowerBack => "lower_back",
        PainArea.Buttock => "buttock",
        PainArea.Leg => "leg",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown pain area."),
    };

    public static PainArea AreaFrom(string text) => text switch
    {
        "lower_back" => PainArea.LowerBack,
        "buttock" => PainArea.Buttock,
        "leg" => PainArea.Leg,
        _ => throw new InvalidDataException($"Unknown pain area '{text}' in the session database."),
    };

    public static string Of(PainCharacter character) => character switch
    {
        PainCharacter.Dull => "dull",
        PainCharacter.Sharp => "sharp",
        _ => throw new ArgumentOutOfRangeException(nameof(character), character, "Unknown pain character."),
    };

    public static PainCharacter CharacterFrom(string text) => text switch
    {
        "dull" => PainCharacter.Dull,
        "sharp" => PainCharacter.Sharp,
        _ => throw new InvalidDataException($"Unknown pain character '{text}' in the session database."),
    };
}
