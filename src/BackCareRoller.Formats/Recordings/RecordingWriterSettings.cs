namespace BackCareRoller.Formats.Recordings;

/// <summary>How many decimals <see cref="RecordingWriter"/> writes per column.</summary>
public sealed record RecordingWriterSettings
{
    /// <summary>The defaults: 0.1 ms, 0.1 mm/s² and 0.01 mrad/s, finer than any sensor's noise.</summary>
    public static RecordingWriterSettings Default { get; } = new();

    /// <summary>Decimals of <c>time_s</c>.</summary>
    /// <value>Default 4 (0.1 ms, well below the 2.5 ms period at 400 Hz); range 0–9.</value>
    public int TimeDecimals { get; init; } = 4;

    /// <summary>Decimals of the accelerations in m/s².</summary>
    /// <value>Default 4 (0.1 mm/s², below accelerometer noise of about 0.01 m/s²); range 0–9.</value>
    public int AccelerationDecimals { get; init; } = 4;

    /// <summary>Decimals of the angular rates in rad/s.</summary>
    /// <value>Default 5 (0.01 mrad/s, below gyro noise of about 1 mrad/s); range 0–9.</value>
    public int AngularVelocityDecimals { get; init; } = 5;
}
