using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.RollAxis;

namespace BackCareRoller.Core.Speed;

/// <summary>One input of the roller-motion stage: a roller axis rate or a body sample, in arrival order.</summary>
/// <param name="IsRoller">True for a roller rate, false for a body sample.</param>
/// <param name="Rate">The roller's axis rate when <paramref name="IsRoller"/> is true.</param>
/// <param name="Body">The body sample when <paramref name="IsRoller"/> is false.</param>
internal readonly record struct RollerMotionInput(bool IsRoller, AxisRate Rate, AlignedSample Body)
{
    public static RollerMotionInput FromRoller(AxisRate rate) => new(true, rate, default);

    public static RollerMotionInput FromBody(AlignedSample body) => new(false, default, body);
}
