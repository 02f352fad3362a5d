namespace BackCareRoller.Core.RollAxis;

/// <summary>The roller's bias-free angular rate about its roll axis for one roller sample.</summary>
/// <param name="Time">Offset from the session start of the roller sample.</param>
/// <param name="IntervalSeconds">Seconds since the previous roller sample; 0 after a gap.</param>
/// <param name="FollowsGap">True for the first sample and after a gap.</param>
/// <param name="RateRadiansPerSecond">
/// Angular rate about the roll axis. Firmware axis: about +x. Unknown mount: about the estimated axis with a
/// consistent but arbitrary sign, or the rate's magnitude before a first axis estimate exists.
/// </param>
/// <param name="SignKnown">True when the sign follows the firmware convention (+x toward the end cap marked "L").</param>
/// <param name="OnRoller">True while someone is taken to be on the roller.</param>
public readonly record struct AxisRate(
    TimeSpan Time,
    double IntervalSeconds,
    bool FollowsGap,
    double RateRadiansPerSecond,
    bool SignKnown,
    bool OnRoller);
