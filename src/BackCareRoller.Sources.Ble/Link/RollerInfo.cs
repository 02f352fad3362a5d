using BackCareRoller.Core.Samples;
using BackCareRoller.Sources.Ble.Roller;

namespace BackCareRoller.Sources.Ble.Link;

/// <summary>What is known about the connected roller.</summary>
/// <param name="Id">Device id (its Bluetooth address on Linux).</param>
/// <param name="Name">Advertised name, if any.</param>
/// <param name="Kind">BackCareRoller or Thingy:52.</param>
/// <param name="Mount">How the sensor frame relates to the roller.</param>
/// <param name="SampleRateHz">Samples per second.</param>
/// <param name="BatteryPercent">Battery level, if reported.</param>
/// <param name="Firmware">Firmware version text, if known.</param>
/// <param name="RollerDiameterMillimetres">Diameter the roller reports, or null when unknown.</param>
/// <param name="HasHaptics">Whether the roller can buzz.</param>
public sealed record RollerInfo(
    string Id,
    string? Name,
    RollerKind Kind,
    RollerMount Mount,
    int SampleRateHz,
    byte? BatteryPercent,
    string? Firmware,
    int? RollerDiameterMillimetres,
    bool HasHaptics);
