namespace BackCareRoller.Core.Summary;

/// <summary>State of <see cref="DwellDetector"/>: the stretch of samples whose contact positions fit within the pause span.</summary>
/// <param name="Started">False until the first sample arrives.</param>
/// <param name="Start">Time of the first sample of the current dwell.</param>
/// <param name="Last">Time of the latest sample of the current dwell.</param>
/// <param name="Low">Lowest contact position of the current dwell, in metres.</param>
/// <param name="High">Highest contact position of the current dwell, in metres.</param>
/// <param name="FollowsMovement">True when the roller moved before the current dwell (false only for the session's first).</param>
/// <param name="Ended">True on the step where a dwell that followed movement ended because the roller moved on.</param>
/// <param name="EndedStart">Start of the dwell that just ended, when <paramref name="Ended"/>.</param>
/// <param name="EndedEnd">Last sample time of the dwell that just ended, when <paramref name="Ended"/>.</param>
internal readonly record struct DwellState(
    bool Started,
    TimeSpan Start,
    TimeSpan Last,
    double Low,
    double High,
    bool FollowsMovement,
    bool Ended,
    TimeSpan EndedStart,
    TimeSpan EndedEnd);
