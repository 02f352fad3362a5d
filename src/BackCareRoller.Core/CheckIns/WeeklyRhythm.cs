namespace BackCareRoller.Core.CheckIns;

/// <summary>Sessions per week against the routine's target, streaks and the pain trend (issue 8).</summary>
/// <param name="Weeks">The requested weeks, oldest first, ending with the current week.</param>
/// <param name="CurrentTarget">The target now: daily while acute, else 3–4 days a week.</param>
/// <param name="LatestCheckIn">The most recent check-in, which decides the target; null when none was ever given.</param>
/// <param name="DaysSinceOnset">How many days the current pain has lasted, when a check-in said; else null.</param>
/// <param name="CurrentDayStreak">Days in a row with a session, up to today (or yesterday, while today is still open).</param>
/// <param name="LongestDayStreak">The longest run of days in a row with a session.</param>
/// <param name="WeekStreak">Weeks in a row that met their target, up to the current week (which counts once met).</param>
public sealed record WeeklyRhythm(
    IReadOnlyList<RhythmWeek> Weeks,
    RhythmTarget CurrentTarget,
    CheckIn? LatestCheckIn,
    int? DaysSinceOnset,
    int CurrentDayStreak,
    int LongestDayStreak,
    int WeekStreak);
