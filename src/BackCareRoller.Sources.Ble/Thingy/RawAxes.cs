namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>Three raw int16 counts of one sensor.</summary>
/// <param name="X">x axis.</param>
/// <param name="Y">y axis.</param>
/// <param name="Z">z axis.</param>
public readonly record struct RawAxes(short X, short Y, short Z);
