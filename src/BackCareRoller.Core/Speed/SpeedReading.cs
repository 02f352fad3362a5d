namespace BackCareRoller.Core.Speed;

/// <summary>The estimated traverse speed of the contact point along the body (v = ω·r, DESIGN.md section 3).</summary>
/// <param name="Time">Offset from the session start.</param>
/// <param name="SpeedMetersPerSecond">Magnitude of the traverse speed; 0 when not rolling.</param>
public readonly record struct SpeedReading(TimeSpan Time, double SpeedMetersPerSecond);
