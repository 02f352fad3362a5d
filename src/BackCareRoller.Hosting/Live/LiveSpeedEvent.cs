using BackCareRoller.Core.Speed;

namespace BackCareRoller.Hosting.Live;

/// <summary>A traverse speed reading (10 Hz while rolling).</summary>
/// <param name="Reading">The reading.</param>
public sealed record LiveSpeedEvent(SpeedReading Reading) : LiveEvent(Reading.Time);
