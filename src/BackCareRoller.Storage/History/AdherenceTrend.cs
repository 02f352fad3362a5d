namespace BackCareRoller.Storage.History;

/// <summary>How a week's routine adherence compares with the previous week that had sessions.</summary>
public enum AdherenceTrend
{
    /// <summary>Nothing to compare: no sessions this week, or none before it in the range.</summary>
    None = 0,

    /// <summary>Up by at least 5 percentage points.</summary>
    Up,

    /// <summary>Down by at least 5 percentage points.</summary>
    Down,

    /// <summary>Within 5 percentage points.</summary>
    Steady,
}
