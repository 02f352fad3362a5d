namespace BackCareRoller.Sources;

/// <summary>The kinds of sample source a live session can use. JSON form: snake_case.</summary>
public enum ImuSourceKind : byte
{
    /// <summary>The built-in physics simulator: a live session with no hardware.</summary>
    Simulator = 0,

    /// <summary>A recording CSV replayed at real pace.</summary>
    Replay = 1,

    /// <summary>A phone streaming its motion sensors from the web app's phone page over a WebSocket.</summary>
    Phone = 2,

    /// <summary>The Sensor Logger app pushing JSON over HTTP.</summary>
    SensorLogger = 3,

    /// <summary>A Bluetooth LE roller (issue 7).</summary>
    Ble = 4,
}
