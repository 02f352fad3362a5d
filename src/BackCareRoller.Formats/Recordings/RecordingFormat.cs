namespace BackCareRoller.Formats.Recordings;

/// <summary>The fixed names and limits of the recording CSV contract <c>backcare-recording/1</c> (DESIGN.md section 5).</summary>
public static class RecordingFormat
{
    /// <summary>The value of the <c>format</c> metadata key.</summary>
    public const string FormatName = "backcare-recording/1";

    /// <summary>The header line that precedes the sample rows.</summary>
    public const string Header = "time_s,sensor,ax,ay,az,gx,gy,gz";

    /// <summary>Metadata key naming the contract.</summary>
    public const string FormatKey = "format";

    /// <summary>Metadata key of the user's standing height, in centimetres.</summary>
    public const string HeightKey = "height_cm";

    /// <summary>Metadata key of the roller's diameter, in centimetres.</summary>
    public const string RollerDiameterKey = "roller_diameter_cm";

    /// <summary>Metadata key of where the body sensor is worn (<c>right_hip</c>).</summary>
    public const string BodySensorKey = "body_sensor";

    /// <summary>Metadata key of the roller sensor's mount (<c>firmware_axis</c> or <c>unknown_mount</c>).</summary>
    public const string RollerSensorKey = "roller_sensor";

    /// <summary>The only body-sensor placement DESIGN.md section 2 defines.</summary>
    public const string RightHip = "right_hip";

    /// <summary>The <c>sensor</c> column value of roller rows.</summary>
    public const string RollerSensorName = "roller";

    /// <summary>The <c>sensor</c> column value of body rows.</summary>
    public const string BodySensorName = "body";

    /// <summary>Number of columns of a sample row.</summary>
    public const int ColumnCount = 8;

    /// <summary>Standard gravity in m/s² (ISO 80000-3), the unit of the acceleration limit.</summary>
    public const double StandardGravity = 9.80665;

    /// <summary>Largest plausible specific-force magnitude, m/s²: 50 g; no rolling or handling comes near it.</summary>
    public const double MaxAccelerationMetersPerSecondSquared = 50 * StandardGravity;

    /// <summary>Largest plausible angular-rate magnitude, rad/s (≈ 2900 °/s, above any MEMS gyro's range).</summary>
    public const double MaxAngularVelocityRadiansPerSecond = 50;

    /// <summary>Largest accepted <c>time_s</c>, in seconds (about 115 days): beyond it a time is corrupt.</summary>
    public const double MaxTimeSeconds = 1e7;

    /// <summary>The column names in file order.</summary>
    internal static readonly string[] ColumnNames = ["time_s", "sensor", "ax", "ay", "az", "gx", "gy", "gz"];
}
