namespace BackCareRoller.Core.CheckIns;

/// <summary>How a week compares with its rhythm target.</summary>
public enum WeekStatus
{
    /// <summary>The week ended before the first session: no target to meet.</summary>
    NotStarted = 0,

    /// <summary>Enough days with a session.</summary>
    Met = 1,

    /// <summary>The current week: not met yet, but still possible in the days left.</summary>
    OnTrack = 2,

    /// <summary>Too few days with a session (for the current week: no longer possible).</summary>
    Below = 3,
}
