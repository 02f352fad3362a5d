namespace BackCareRoller.Core.Pipeline;

/// <summary>What a <see cref="SessionEvent"/> carries.</summary>
public enum SessionEventKind : byte
{
    /// <summary>The roller's motion for one roller sample (<see cref="SessionEvent.Motion"/>).</summary>
    RollerMotion = 0,

    /// <summary>A traverse speed reading of the fixed-rate series (<see cref="SessionEvent.Speed"/>).</summary>
    SpeedReading = 1,

    /// <summary>An alert (<see cref="SessionEvent.Alert"/>).</summary>
    Alert = 2,

    /// <summary>The contact point moved into another zone (<see cref="SessionEvent.Zone"/> and <see cref="SessionEvent.Side"/>).</summary>
    ZoneChange = 3,
}
