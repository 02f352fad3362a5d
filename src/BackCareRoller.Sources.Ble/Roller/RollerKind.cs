namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>Which kind of sensor a roller link talks to.</summary>
public enum RollerKind : byte
{
    /// <summary>A BackCareRoller smart roller speaking the firmware protocol (firmware-protocol/SPEC.md).</summary>
    BackCareRoller = 0,

    /// <summary>A Nordic Thingy:52 strapped to a roller (motion service raw data; unknown mount).</summary>
    Thingy52 = 1,
}
