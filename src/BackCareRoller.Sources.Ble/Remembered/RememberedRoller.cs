using BackCareRoller.Sources.Ble.Roller;

namespace BackCareRoller.Sources.Ble.Remembered;

/// <summary>A roller the user paired, so later sessions reconnect to it without a scan.</summary>
/// <param name="Id">Device id (Bluetooth address).</param>
/// <param name="Name">Its name when last seen.</param>
/// <param name="Kind">BackCareRoller or Thingy:52.</param>
/// <param name="LastConnected">When it last streamed (wall clock, from the injected TimeProvider).</param>
public sealed record RememberedRoller(string Id, string? Name, RollerKind Kind, DateTimeOffset LastConnected);
