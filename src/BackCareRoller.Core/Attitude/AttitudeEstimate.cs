using System.Numerics;

namespace BackCareRoller.Core.Attitude;

/// <summary>The attitude filter's state after one sample, stamped with that sample's time.</summary>
/// <param name="Time">The sample's offset from the session start.</param>
/// <param name="State">The filter state after the sample.</param>
public readonly record struct AttitudeEstimate(TimeSpan Time, AttitudeState State)
{
    /// <summary>Gets the unit "up" vector in the sensor frame (<see cref="AttitudeState.Up"/>).</summary>
    public Vector3 Up => State.Up;
}
