using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>The true state of a simulated session at one instant (JSON: one entry of <c>timeline</c>).</summary>
/// <param name="Time">Offset from the session start (<c>t_s</c>).</param>
/// <param name="OnRoller">True while the person's weight is on the roller in a move (<c>on_roller</c>).</param>
/// <param name="Move">The move under way, <see cref="RoutineMove.None"/> off the roller (<c>move</c>).</param>
/// <param name="Face">The face of the body on the roller; null off the roller (<c>face</c>).</param>
/// <param name="Side">The side the move rolls; null for the upper back, both hamstrings together, or off the roller (<c>side</c>).</param>
/// <param name="ContactPosition">Contact position u, the fraction of standing height; null off the roller (<c>u</c>).</param>
/// <param name="Zone">Zone of the contact by <see cref="ZoneTable.ZoneAt"/>; <see cref="BodyZone.None"/> off the roller (<c>zone</c>).</param>
/// <param name="ZoneSide">Side of that zone, where the zone has sides and the move has one (<c>zone_side</c>).</param>
/// <param name="SpeedMetersPerSecond">True traverse speed |ω·r| on the roller, 0 off it (<c>speed_m_per_s</c>).</param>
/// <param name="AverageSpeedMetersPerSecond">1-second trailing mean of that speed, the quantity of the too-fast rule (<c>speed_avg_1s_m_per_s</c>).</param>
/// <param name="RollerRateRadiansPerSecond">True rate of the roller about its own +x axis, on or off the roller (<c>roller_rate_rad_per_s</c>).</param>
public readonly record struct TruthPoint(
    TimeSpan Time,
    bool OnRoller,
    RoutineMove Move,
    BodyFace? Face,
    BodySide? Side,
    double? ContactPosition,
    BodyZone Zone,
    BodySide? ZoneSide,
    double SpeedMetersPerSecond,
    double AverageSpeedMetersPerSecond,
    double RollerRateRadiansPerSecond);
