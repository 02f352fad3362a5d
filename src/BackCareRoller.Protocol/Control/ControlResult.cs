namespace BackCareRoller.Protocol.Control;

/// <summary>Result codes of control point responses (<c>BcrControlResult</c>). A host treats any code it does not know as a failure.</summary>
public enum ControlResult : byte
{
    /// <summary>No result (never sent).</summary>
    None = 0x00,

    /// <summary>The command was carried out.</summary>
    Success = 0x01,

    /// <summary>The opcode is unknown to this firmware.</summary>
    OpcodeNotSupported = 0x02,

    /// <summary>The parameters have the wrong length or are out of range, or the rate is not supported.</summary>
    InvalidParameter = 0x03,

    /// <summary>The hardware failed to carry out the command (e.g. the IMU did not answer).</summary>
    OperationFailed = 0x04,

    /// <summary>Another command is still running (e.g. zero gyro).</summary>
    Busy = 0x05,

    /// <summary>Zero gyro was abandoned because the roller moved.</summary>
    NotStill = 0x06,

    /// <summary>The command needs streaming stopped first.</summary>
    StreamingActive = 0x07,
}
