using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.CheckIns;

/// <summary>The valid ranges of a check-in's answers, checked where a check-in enters the product (CLI, web, files).</summary>
public static class CheckInValidation
{
    /// <summary>The top of the pain scale (0 to this).</summary>
    public const int MaxPain = CheckInDefaults.MaxPain;

    /// <summary>The largest "days since it started" accepted.</summary>
    public const int MaxDaysSinceStart = CheckInDefaults.MaxDaysSinceStart;

    /// <summary>Checks every answer of <paramref name="checkIn"/>.</summary>
    /// <param name="checkIn">The check-in.</param>
    /// <param name="problem">What is wrong, naming the answer; empty when valid.</param>
    /// <returns>True when the check-in is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is null.</exception>
    public static bool TryValidate(CheckIn checkIn, out string problem)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        problem = checkIn switch
        {
            { Pain: < 0 or > MaxPain } => $"pain must be a whole number from 0 to {MaxPain} (got {checkIn.Pain}).",
            { DaysSinceStart: < 0 or > MaxDaysSinceStart } => $"days since the pain started must be from 0 to {MaxDaysSinceStart} (got {checkIn.DaysSinceStart}).",
            { Character: { } character } when !Enum.IsDefined(character) => $"pain character {(int)character} is neither dull nor sharp.",
            _ => LocationProblem(checkIn.Where),
        };
        return problem.Length == 0;
    }

    private static string LocationProblem(IReadOnlyList<PainLocation> where)
    {
        ArgumentNullException.ThrowIfNull(where);
        foreach (var location in where)
        {
            if (!Enum.IsDefined(location.Area))
            {
                return $"pain area {(int)location.Area} is not lower back, buttock or leg.";
            }

            if (location.Side is { } side && !Enum.IsDefined<BodySide>(side))
            {
                return $"side {(int)side} is neither left nor right.";
            }
        }

        return string.Empty;
    }
}
