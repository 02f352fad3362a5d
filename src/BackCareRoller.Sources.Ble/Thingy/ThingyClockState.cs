namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>State of the synthetic device clock of a Thingy:52 stream; offsets are arrival minus device time, in µs.</summary>
/// <param name="Started">Whether a notification has been seen.</param>
/// <param name="DeviceMicroseconds">Synthetic device time of the latest sample.</param>
/// <param name="BucketStartMicroseconds">Arrival time at which the current floor bucket began.</param>
/// <param name="BucketMinOffset">Lowest offset in the current bucket.</param>
/// <param name="PreviousBucketMinOffset">Lowest offset in the previous bucket.</param>
/// <param name="BaselineOffset">The latency floor of the first bucket, which the clock is steered back to.</param>
/// <param name="BaselineSet">Whether the first bucket has ended.</param>
/// <param name="PendingCorrection">Correction still to be slewed into the device time.</param>
internal readonly record struct ThingyClockState(
    bool Started,
    double DeviceMicroseconds,
    double BucketStartMicroseconds,
    double BucketMinOffset,
    double PreviousBucketMinOffset,
    double BaselineOffset,
    bool BaselineSet,
    double PendingCorrection)
{
    /// <summary>Gets the state before the first notification.</summary>
    public static ThingyClockState Initial => default;
}
