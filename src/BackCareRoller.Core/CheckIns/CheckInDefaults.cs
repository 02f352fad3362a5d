namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// The numbers of the routine's own guidance (DESIGN.md section 1, issue 8), in one place: the red-flag rules and the
/// weekly rhythm read them from here.
/// </summary>
internal static class CheckInDefaults
{
    /// <summary>The top of the 0–10 pain scale.</summary>
    public const int MaxPain = 10;

    /// <summary>The longest "days since it started" accepted: 100 years, i.e. any real answer.</summary>
    public const int MaxDaysSinceStart = 36_500;

    /// <summary>Pain that has lasted more than this many days (a week) is a red flag.</summary>
    public const int LastingPainDays = 7;

    /// <summary>Pain higher after rolling than before in this many consecutive sessions is a red flag.</summary>
    public const int RisingSessions = 2;

    /// <summary>Pain at or above this (0–10) means the tightness is still acute: roll daily.</summary>
    public const int AcutePain = 4;

    /// <summary>Pain that started fewer than this many days ago is still acute: roll daily.</summary>
    public const int AcuteOnsetDays = 14;

    /// <summary>Days a week to roll while maintaining: 3–4 (the lower bound is the target).</summary>
    public const int MaintenanceDaysPerWeek = 3;

    /// <summary>The upper end of the maintenance range, shown beside the target.</summary>
    public const int MaintenanceMaxDaysPerWeek = 4;

    /// <summary>A change in a week's mean pain of at least this (one step of the 0–10 scale) counts as lower or higher.</summary>
    public const double PainTrendThreshold = 1.0;
}
