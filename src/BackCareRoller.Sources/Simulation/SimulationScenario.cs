using System.Numerics;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Simulation;

/// <summary>Every parameter a simulated session was drawn with: who rolled, on what, with which sensors.</summary>
public sealed record SimulationScenario
{
    /// <summary>The seed the session was drawn from.</summary>
    public required int Seed { get; init; }

    /// <summary>The mistakes level asked for.</summary>
    public required SimulationMistakes Mistakes { get; init; }

    /// <summary>Length of the session.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Standing height H, m. Contact positions u are fractions of it.</summary>
    public required double HeightMeters { get; init; }

    /// <summary>Roller diameter, m; the rolling radius r is half of it.</summary>
    public required double RollerDiameterMeters { get; init; }

    /// <summary>How the roller sensor is mounted.</summary>
    public required RollerMount RollerMount { get; init; }

    /// <summary>Whether the hip sensor is worn.</summary>
    public required bool HasBodySensor { get; init; }

    /// <summary>Local gravity, m/s².</summary>
    public required double GravityMetersPerSecondSquared { get; init; }

    /// <summary>The roller's long axis (+x of the firmware frame, toward the "L" cap) in the roller sensor's frame.</summary>
    public required Vector3 RollerAxisInSensorFrame { get; init; }

    /// <summary>The pelvis's "up" (+y, toward the head, when standing) in the body sensor's frame: what the standing phase should find.</summary>
    public required Vector3 BodyUpInSensorFrame { get; init; }

    /// <summary>Body-sensor misalignment about its x, y and z axes, degrees (each within ±15).</summary>
    public required Vector3 BodyMisalignmentDegrees { get; init; }

    /// <summary>The person's usual mean rolling speed, m/s.</summary>
    public required double TypicalSpeedMetersPerSecond { get; init; }

    /// <summary>How far this person's start positions sit from the table's anchors, as a fraction of height (common to all moves).</summary>
    public required double AnchorOffset { get; init; }

    /// <summary>The roller sensor.</summary>
    public required SimulatedSensor RollerSensor { get; init; }

    /// <summary>The body sensor; null when it is not worn.</summary>
    public required SimulatedSensor? BodySensor { get; init; }
}
