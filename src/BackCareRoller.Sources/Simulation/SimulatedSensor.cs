using System.Numerics;

namespace BackCareRoller.Sources.Simulation;

/// <summary>The drawn imperfections of one simulated sensor: its clock, its errors and how it sits on its carrier.</summary>
public sealed record SimulatedSensor
{
    /// <summary>Nominal sample rate, Hz.</summary>
    public required double SampleRateHz { get; init; }

    /// <summary>How far the true rate is off the nominal one, parts per million.</summary>
    public required double RateErrorPpm { get; init; }

    /// <summary>Standard deviation of the sampling instants around the even grid, as a fraction of the period.</summary>
    public required double JitterFraction { get; init; }

    /// <summary>Probability that any one sample is lost on its own.</summary>
    public required double DropProbability { get; init; }

    /// <summary>Constant offset of this sensor's timestamps from session time, s (0 for the roller, the reference clock).</summary>
    public required double ClockOffsetSeconds { get; init; }

    /// <summary>Drift of this sensor's timestamps against session time, parts per million.</summary>
    public required double ClockDriftPpm { get; init; }

    /// <summary>Standard deviation of timestamp noise, s.</summary>
    public required double TimestampNoiseSeconds { get; init; }

    /// <summary>Gyro bias at the start, rad/s, in the sensor frame.</summary>
    public required Vector3 GyroBias { get; init; }

    /// <summary>Warm-up change of the gyro bias, rad/s: the bias moves by this much with time constant <see cref="GyroBiasTimeConstantSeconds"/>.</summary>
    public required Vector3 GyroBiasDrift { get; init; }

    /// <summary>Time constant of the warm-up bias change, s.</summary>
    public required double GyroBiasTimeConstantSeconds { get; init; }

    /// <summary>Random-walk intensity of the gyro bias, rad/s per √s.</summary>
    public required double GyroBiasRandomWalk { get; init; }

    /// <summary>Scale-factor error per gyro axis (0.01 = reads 1 % high).</summary>
    public required Vector3 GyroScaleError { get; init; }

    /// <summary>Standard deviation of gyro white noise per sample, rad/s.</summary>
    public required double GyroNoise { get; init; }

    /// <summary>Accelerometer bias, m/s², in the sensor frame.</summary>
    public required Vector3 AccelerometerBias { get; init; }

    /// <summary>Scale-factor error per accelerometer axis.</summary>
    public required Vector3 AccelerometerScaleError { get; init; }

    /// <summary>Standard deviation of accelerometer white noise per sample, m/s².</summary>
    public required double AccelerometerNoise { get; init; }

    /// <summary>Extra accelerometer noise per rad/s of rotation (surface texture rumbling while rolling), m/s² per rad/s.</summary>
    public required double RollingRumble { get; init; }

    /// <summary>Angle between the sensor frame and its nominal frame, degrees.</summary>
    public required double MountAngleDegrees { get; init; }

    /// <summary>The sensor's position relative to its carrier's reference point, m, in the carrier frame (roller axis centre; pelvis centre).</summary>
    public required Vector3 LeverArmMeters { get; init; }

    /// <summary>Number of planned dropouts (bursts of lost samples).</summary>
    public required int Dropouts { get; init; }
}
