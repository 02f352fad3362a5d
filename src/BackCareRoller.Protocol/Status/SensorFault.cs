namespace BackCareRoller.Protocol.Status;

/// <summary>Sensor fault codes of the status characteristic (<c>BcrSensorFault</c>). Codes a later minor adds decode as they are.</summary>
public enum SensorFault : byte
{
    /// <summary>The IMU works.</summary>
    None = 0,

    /// <summary>The IMU does not answer on its bus.</summary>
    NoResponse = 1,

    /// <summary>The IMU's self-test failed.</summary>
    SelfTestFailed = 2,

    /// <summary>The raw values stayed identical for 1 s while powered.</summary>
    DataStuck = 3,

    /// <summary>Any other fault.</summary>
    Other = 4,
}
