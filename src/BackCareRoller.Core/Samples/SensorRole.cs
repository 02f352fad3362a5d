namespace BackCareRoller.Core.Samples;

/// <summary>Which of a session's two inertial sensors a sample comes from (DESIGN.md section 2).</summary>
public enum SensorRole : byte
{
    /// <summary>Inside or strapped to the roller, rotating with it.</summary>
    Roller = 0,

    /// <summary>Worn on a belt at the right hip: +x forward, +y up, +z to the body's right when standing.</summary>
    Body = 1,
}
