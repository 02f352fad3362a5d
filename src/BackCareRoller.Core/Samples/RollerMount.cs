namespace BackCareRoller.Core.Samples;

/// <summary>How the roller sensor's frame relates to the roller (DESIGN.md section 2).</summary>
public enum RollerMount : byte
{
    /// <summary>A smart roller's firmware frame: +x along the long axis, toward the end cap marked "L".</summary>
    FirmwareAxis = 0,

    /// <summary>A phone strapped to the roller: the roll axis and its sign must be estimated from the data.</summary>
    UnknownMount = 1,
}
