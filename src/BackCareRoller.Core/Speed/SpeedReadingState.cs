namespace BackCareRoller.Core.Speed;

/// <summary>The readings being gathered and what the aggregator remembers between samples.</summary>
/// <param name="Started">True once a roller motion has been added.</param>
/// <param name="LastTime">Time of the latest motion.</param>
/// <param name="MeanIntervalSeconds">Smoothed interval between motions (gaps excluded), 0 until known.</param>
/// <param name="Next">Index k of the oldest reading not yet emitted (its time is k·period).</param>
/// <param name="Oldest">The fit of reading <paramref name="Next"/>.</param>
/// <param name="Newer">The fit of reading <paramref name="Next"/> + 1.</param>
/// <param name="HasEmitted">True once a reading has been emitted.</param>
/// <param name="LastEmittedTime">Time of the latest reading emitted.</param>
/// <param name="LastEmittedSigned">Its signed speed, m/s: where a gap's readings start.</param>
internal readonly record struct SpeedReadingState(
    bool Started,
    TimeSpan LastTime,
    double MeanIntervalSeconds,
    long Next,
    SpeedFit Oldest,
    SpeedFit Newer,
    bool HasEmitted,
    TimeSpan LastEmittedTime,
    double LastEmittedSigned)
{
    /// <summary>Nothing seen yet.</summary>
    public static SpeedReadingState Initial => default;
}
