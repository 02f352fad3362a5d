namespace BackCareRoller.Protocol.Control;

/// <summary>A haptic pattern: <see cref="PulseCount"/> × (<see cref="OnMilliseconds"/> on, <see cref="OffMilliseconds"/> off).</summary>
/// <param name="IntensityPercent">Motor drive, 1 to 100 %.</param>
/// <param name="PulseCount">Pulses, 1 to 10.</param>
/// <param name="OnMilliseconds">Length of each pulse, 10 to 2000 ms.</param>
/// <param name="OffMilliseconds">Pause after each pulse, 0 to 2000 ms.</param>
public readonly record struct HapticPattern(byte IntensityPercent, byte PulseCount, ushort OnMilliseconds, ushort OffMilliseconds)
{
    /// <summary>Gets a value indicating whether every field is within its range.</summary>
    public bool IsValid =>
        IntensityPercent is > 0 and <= PacketLayout.HapticMaxIntensityPercent
        && PulseCount is > 0 and <= PacketLayout.HapticMaxPulseCount
        && OnMilliseconds is >= PacketLayout.HapticMinOnMs and <= PacketLayout.HapticMaxOnMs
        && OffMilliseconds <= PacketLayout.HapticMaxOffMs;
}
