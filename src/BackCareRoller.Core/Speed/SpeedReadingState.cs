namespace BackCareRoller.Core.Speed;

/// <summary>The reading being gathered, and the readings the latest sample closed.</summary>
/// <param name="Started">True once a roller motion has been seen.</param>
/// <param name="Index">Index k of the reading being gathered (its time is k·period).</param>
/// <param name="Sum">Sum of the signed speeds (m/s) of its samples; signed so a reversal inside the window cancels.</param>
/// <param name="Count">Number of its samples.</param>
/// <param name="HasClosed">True when the latest sample closed reading <paramref name="Closed"/>.</param>
/// <param name="Closed">The reading the latest sample closed.</param>
/// <param name="EmptyCount">Readings after <paramref name="Closed"/> that no sample fell into (a gap).</param>
/// <param name="ClosedSignedMean">The signed mean speed of <paramref name="Closed"/>, m/s: where a gap's readings start.</param>
/// <param name="FirstTime">Time of the first sample of the reading being gathered: where a gap's readings end.</param>
internal readonly record struct SpeedReadingState(
    bool Started,
    long Index,
    double Sum,
    int Count,
    bool HasClosed,
    SpeedReading Closed,
    long EmptyCount,
    double ClosedSignedMean,
    TimeSpan FirstTime)
{
    /// <summary>Nothing seen yet.</summary>
    public static SpeedReadingState Initial => default;
}
