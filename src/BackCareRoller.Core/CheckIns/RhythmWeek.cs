namespace BackCareRoller.Core.CheckIns;

/// <summary>One week (Monday to Sunday, local time) of the weekly rhythm.</summary>
/// <param name="WeekStart">The Monday starting the week.</param>
/// <param name="Sessions">Sessions started that week.</param>
/// <param name="ActiveDays">Days of the week with at least one session: consistency is counted in days.</param>
/// <param name="Target">The rhythm the week is held to, as the check-ins stood at its end (or now, for the current week).</param>
/// <param name="TargetDays">
/// Days with a session the week needs: 7 (daily) or 3 (of 3–4), fewer for the first week when it began mid-week.
/// </param>
/// <param name="Status">Met, on track, short, or before the first session.</param>
/// <param name="PainBefore">Mean pain (0–10) of the week's check-ins before rolling; null when none.</param>
/// <param name="PainAfter">Mean pain (0–10) of the week's check-ins after rolling; null when none.</param>
/// <param name="PainTrend">The week's pain against the previous week with check-ins.</param>
public sealed record RhythmWeek(
    DateOnly WeekStart,
    int Sessions,
    int ActiveDays,
    RhythmTarget Target,
    int TargetDays,
    WeekStatus Status,
    double? PainBefore,
    double? PainAfter,
    PainTrend PainTrend);
