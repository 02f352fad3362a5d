namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>Receives one IMU packet in protocol format; the span is only valid during the call.</summary>
/// <param name="packet">The packet bytes.</param>
internal delegate void PacketHandler(ReadOnlySpan<byte> packet);
