namespace BackCareRoller.Protocol.Configuration;

/// <summary>Frame of the IMU axes the device reports (DESIGN.md section 2); <c>BcrAxisConvention</c>.</summary>
/// <remarks>Values a later minor defines decode as they are; a 1.x host treats them as <see cref="Unknown"/>.</remarks>
public enum AxisConvention : byte
{
    /// <summary>Mount unknown: the host estimates the roll axis from the data.</summary>
    Unknown = 0,

    /// <summary>+x along the roller's long axis toward the end cap marked "L"; y and z rotate with the roller; right-handed.</summary>
    RollerX = 1,
}
