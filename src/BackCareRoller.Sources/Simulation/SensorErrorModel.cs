namespace BackCareRoller.Sources.Simulation;

/// <summary>How one inertial sensor misreads: bias with warm-up drift and random walk, scale errors, noise.</summary>
/// <param name="GyroBias">Gyro bias at the start, rad/s.</param>
/// <param name="GyroBiasDrift">Warm-up change of the bias, rad/s, reached with time constant <paramref name="DriftTimeConstant"/>.</param>
/// <param name="DriftTimeConstant">s.</param>
/// <param name="GyroRandomWalk">Bias random walk, rad/s per √s.</param>
/// <param name="GyroScale">Per-axis scale factor (1 = exact).</param>
/// <param name="GyroNoise">White noise per sample, rad/s.</param>
/// <param name="AccelerometerBias">m/s².</param>
/// <param name="AccelerometerScale">Per-axis scale factor.</param>
/// <param name="AccelerometerNoise">White noise per sample, m/s².</param>
/// <param name="Rumble">Extra accelerometer noise per rad/s of rotation, m/s² per rad/s.</param>
internal sealed record SensorErrorModel(
    Vec3 GyroBias,
    Vec3 GyroBiasDrift,
    double DriftTimeConstant,
    double GyroRandomWalk,
    Vec3 GyroScale,
    double GyroNoise,
    Vec3 AccelerometerBias,
    Vec3 AccelerometerScale,
    double AccelerometerNoise,
    double Rumble);
