namespace BackCareRoller.Core.Alerts;

/// <summary>The too-fast rule's memory and its decision for the latest sample.</summary>
/// <param name="Window">The moving-average buckets.</param>
/// <param name="Bucket">Absolute index of the newest bucket (time ÷ bucket length).</param>
/// <param name="Started">True once a sample has been seen.</param>
/// <param name="LastTime">Time of the previous sample.</param>
/// <param name="AverageMetersPerSecond">The moving average of |v| at the latest sample.</param>
/// <param name="InEpisode">True while the average is above the raise threshold, until it falls below the clear threshold.</param>
/// <param name="Pending">True when the current episode has not been alerted yet (held back by the rate limit).</param>
/// <param name="HasAlerted">True once an alert has been raised.</param>
/// <param name="LastAlertTime">Time of the latest alert.</param>
/// <param name="Raised">True when the latest sample raised an alert.</param>
internal record struct TooFastState(
    TooFastWindow Window,
    long Bucket,
    bool Started,
    TimeSpan LastTime,
    double AverageMetersPerSecond,
    bool InEpisode,
    bool Pending,
    bool HasAlerted,
    TimeSpan LastAlertTime,
    bool Raised)
{
    /// <summary>Nothing seen yet.</summary>
    public static TooFastState Initial => default;
}
