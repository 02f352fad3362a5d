using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Pipeline;

/// <summary>
/// One output of the session pipeline. A value type with a kind rather than a class hierarchy, so the event per
/// roller sample costs no allocation; only the member named by <see cref="Kind"/> is meaningful.
/// </summary>
/// <param name="Kind">What the event carries.</param>
/// <param name="Time">Offset from the session start the event refers to.</param>
/// <param name="Motion">The roller motion, for <see cref="SessionEventKind.RollerMotion"/>.</param>
/// <param name="Speed">The speed reading, for <see cref="SessionEventKind.SpeedReading"/>.</param>
/// <param name="Alert">The alert, for <see cref="SessionEventKind.Alert"/>.</param>
/// <param name="Zone">The zone entered, for <see cref="SessionEventKind.ZoneChange"/>.</param>
/// <param name="Side">The side of the zone entered, where it has one, for <see cref="SessionEventKind.ZoneChange"/>.</param>
/// <param name="Move">The routine move being done, for <see cref="SessionEventKind.ZoneChange"/>.</param>
public readonly record struct SessionEvent(
    SessionEventKind Kind,
    TimeSpan Time,
    RollerMotion Motion,
    SpeedReading Speed,
    Alert Alert,
    BodyZone Zone,
    BodySide? Side,
    RoutineMove Move = RoutineMove.None)
{
    /// <summary>An event carrying a roller motion.</summary>
    /// <param name="motion">The motion.</param>
    /// <returns>The event.</returns>
    public static SessionEvent From(RollerMotion motion) =>
        new(SessionEventKind.RollerMotion, motion.Time, motion, default, default, default, null);

    /// <summary>An event carrying a speed reading.</summary>
    /// <param name="speed">The reading.</param>
    /// <returns>The event.</returns>
    public static SessionEvent From(SpeedReading speed) =>
        new(SessionEventKind.SpeedReading, speed.Time, default, speed, default, default, null);

    /// <summary>An event carrying an alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>The event.</returns>
    public static SessionEvent From(Alert alert) =>
        new(SessionEventKind.Alert, alert.Time, default, default, alert, default, null);

    /// <summary>An event saying the contact point entered <paramref name="zone"/>.</summary>
    /// <param name="time">When it entered.</param>
    /// <param name="zone">The zone entered (<see cref="BodyZone.None"/>: off the roller or unknown).</param>
    /// <param name="side">The side, where the zone has one.</param>
    /// <param name="move">The routine move being done.</param>
    /// <returns>The event.</returns>
    public static SessionEvent ZoneChanged(TimeSpan time, BodyZone zone, BodySide? side, RoutineMove move = RoutineMove.None) =>
        new(SessionEventKind.ZoneChange, time, default, default, default, zone, side, move);
}
