using System.Globalization;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// Reads check-in answers as people type them, at the prompt and in <c>backcare checkin</c>'s options: "lower back, left
/// leg", "d" or "sharp", "y" or "no". Each parser returns false for text it does not understand, never a guess.
/// </summary>
internal static class CheckInAnswers
{
    public const string WhereHelp = "lower back, buttock or leg, with left or right for one side (e.g. \"lower back, left leg\")";

    private static readonly char[] ListSeparators = [',', ';', '+', '&', '/'];

    private static readonly (string Words, PainArea Area)[] AreaNames =
    [
        ("lower back", PainArea.LowerBack), ("low back", PainArea.LowerBack), ("back", PainArea.LowerBack), ("lumbar", PainArea.LowerBack),
        ("buttock", PainArea.Buttock), ("buttocks", PainArea.Buttock), ("glute", PainArea.Buttock), ("glutes", PainArea.Buttock),
        ("bottom", PainArea.Buttock),
        ("leg", PainArea.Leg), ("legs", PainArea.Leg), ("thigh", PainArea.Leg), ("thighs", PainArea.Leg),
    ];

    public static bool TryParsePain(string? text, out int pain) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out pain) && pain <= CheckInValidation.MaxPain;

    public static bool TryParseDays(string? text, out int days) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out days) && days <= CheckInValidation.MaxDaysSinceStart;

    public static bool TryParseCharacter(string? text, out PainCharacter character)
    {
        switch (Normalise(text))
        {
            case "d" or "dull" or "ache" or "aching" or "achy" or "dull ache":
                character = PainCharacter.Dull;
                return true;
            case "s" or "sharp":
                character = PainCharacter.Sharp;
                return true;
            default:
                character = default;
                return false;
        }
    }

    public static bool TryParseYesNo(string? text, out bool yes)
    {
        switch (Normalise(text))
        {
            case "y" or "yes":
                yes = true;
                return true;
            case "n" or "no":
                yes = false;
                return true;
            default:
                yes = false;
                return false;
        }
    }

    /// <summary>Parses a list of places: "lower back, left leg", "right-buttock", "leg left", "both legs".</summary>
    public static bool TryParseWhere(string? text, out IReadOnlyList<PainLocation> where)
    {
        where = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var locations = new List<PainLocation>();
        var parts = Normalise(text).Replace(" and ", ",", StringComparison.Ordinal).Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (!TryParsePlace(part, out var location))
            {
                return false;
            }

            if (!locations.Contains(location))
            {
                locations.Add(location);
            }
        }

        where = locations;
        return locations.Count > 0;
    }

    private static bool TryParsePlace(string part, out PainLocation location)
    {
        // The side may come first or last: "left leg", "leg left"; "both" is the same as no side.
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var side = TakeSide(words);
        var rest = string.Join(' ', words);
        foreach (var (name, area) in AreaNames)
        {
            if (rest == name)
            {
                location = new PainLocation(area, side);
                return true;
            }
        }

        location = default;
        return false;
    }

    private static BodySide? TakeSide(List<string> words)
    {
        if (words.Count < 2)
        {
            return null;
        }

        foreach (var at in (ReadOnlySpan<int>)[0, words.Count - 1])
        {
            BodySide? side = words[at] switch
            {
                "left" => BodySide.Left,
                "right" => BodySide.Right,
                _ => null,
            };
            if (side is not null || words[at] == "both")
            {
                words.RemoveAt(at);
                return side;
            }
        }

        return null;
    }

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? string.Empty).Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
