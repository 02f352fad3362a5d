using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>The true contact between body and roller at an instant.</summary>
/// <param name="OnRoller">True while the person is on the roller in a move.</param>
/// <param name="Move">The move, <see cref="RoutineMove.None"/> off the roller.</param>
/// <param name="Face">The face on the roller (meaningful only on the roller).</param>
/// <param name="Side">The side rolled, if the move has one.</param>
/// <param name="PositionMeters">Contact position along the body, m above the floor when standing (0 off the roller).</param>
/// <param name="RollingVelocity">The contact's travel rate from the roller turning, m/s, + toward the head: ±ω·r.</param>
internal readonly record struct ContactState(bool OnRoller, RoutineMove Move, BodyFace Face, BodySide? Side, double PositionMeters, double RollingVelocity)
{
    public static ContactState Off => new(false, RoutineMove.None, BodyFace.Back, null, 0, 0);
}
