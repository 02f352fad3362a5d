using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Alignment;

/// <summary>What the aligner remembers of each sensor, and its output for the latest sample.</summary>
/// <param name="LastRollerTime">Time of the roller's previous sample.</param>
/// <param name="LastBodyTime">Time of the body sensor's previous sample.</param>
/// <param name="SeenRoller">True once a roller sample has arrived.</param>
/// <param name="SeenBody">True once a body sample has arrived.</param>
/// <param name="Current">The aligned form of the latest sample, valid when <paramref name="HasCurrent"/> is true.</param>
/// <param name="HasCurrent">False when the latest sample was dropped.</param>
/// <param name="DroppedCount">Samples dropped because they went back in their sensor's time.</param>
internal readonly record struct AlignmentState(
    TimeSpan LastRollerTime,
    TimeSpan LastBodyTime,
    bool SeenRoller,
    bool SeenBody,
    AlignedSample Current,
    bool HasCurrent,
    long DroppedCount)
{
    /// <summary>Nothing seen yet.</summary>
    public static AlignmentState Initial => default;

    /// <summary>Whether a sample of <paramref name="sensor"/> has been seen, and the time of the last one.</summary>
    public bool TryGetLastTime(SensorRole sensor, out TimeSpan time)
    {
        time = sensor == SensorRole.Roller ? LastRollerTime : LastBodyTime;
        return sensor == SensorRole.Roller ? SeenRoller : SeenBody;
    }
}
