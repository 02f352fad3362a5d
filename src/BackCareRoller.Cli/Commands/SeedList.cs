using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BackCareRoller.Cli.Commands;

/// <summary>Parses `--seeds` lists such as <c>1000-1049</c> or <c>1,5,9-12</c>.</summary>
internal static class SeedList
{
    private const int MaxSeeds = 10_000;

    public static bool TryParse(string text, [NotNullWhen(true)] out IReadOnlyList<int>? seeds, [NotNullWhen(false)] out string? problem)
    {
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash < 0)
            {
                if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var single))
                {
                    return Fail($"'{part}' is not a seed number", out seeds, out problem);
                }

                list.Add(single);
                continue;
            }

            if (!int.TryParse(part.AsSpan(0, dash), NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(part.AsSpan(dash + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var to))
            {
                return Fail($"'{part}' is not a range FROM-TO", out seeds, out problem);
            }

            if (to < from || (long)to - from >= MaxSeeds)
            {
                return Fail($"'{part}' must go upwards and hold at most {MaxSeeds} seeds", out seeds, out problem);
            }

            for (var seed = from; seed <= to; seed++)
            {
                list.Add(seed);
            }
        }

        if (list.Count is 0 or > MaxSeeds)
        {
            return Fail($"give between 1 and {MaxSeeds} seeds", out seeds, out problem);
        }

        seeds = list;
        problem = null;
        return true;
    }

    private static bool Fail(string message, out IReadOnlyList<int>? seeds, out string? problem)
    {
        seeds = null;
        problem = message;
        return false;
    }
}
