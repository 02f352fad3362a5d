namespace BackCareRoller.Protocol.Control;

/// <summary>Control point opcodes (<c>BcrControlOpcode</c>; SPEC.md section 6).</summary>
public enum ControlOpcode : byte
{
    /// <summary>Not a command; the request opcode of a response to an empty write.</summary>
    None = 0x00,

    /// <summary>Start notifying IMU packets; the first has <see cref="Imu.ImuPacketFlags.StreamStart"/> and sequence 0.</summary>
    StartStreaming = 0x01,

    /// <summary>Stop notifying IMU packets.</summary>
    StopStreaming = 0x02,

    /// <summary>Set the sample rate (u16 Hz); refused with <see cref="ControlResult.StreamingActive"/> while streaming.</summary>
    SetSampleRate = 0x03,

    /// <summary>Average the gyro while still (u16 ms, 0 = 1000) and subtract that bias from then on.</summary>
    ZeroGyro = 0x04,

    /// <summary>Blink or buzz so the user can tell which roller this is (u8 s, 0 = 3).</summary>
    Identify = 0x05,

    /// <summary>Play a haptic pulse pattern on the roller's motor (alerts).</summary>
    HapticPulse = 0x06,
}
