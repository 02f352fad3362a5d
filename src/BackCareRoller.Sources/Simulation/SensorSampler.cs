using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Turns a carrier's true motion into one sensor's sample stream. The sensor reads specific force
/// f = a − g (a by central second difference of its position, so lever-arm and centripetal terms come out of the
/// geometry) and angular rate (from the relative rotation between neighbouring instants), both in its own frame,
/// then adds its errors. Each stream draws from its own seeded generator, so it is the same on every enumeration.
/// </summary>
internal static class SensorSampler
{
    // Differentiation step, s: 1 ms keeps truncation error near 1e-4 m/s² and rounding error near 1e-9 m/s².
    private const double Step = 1e-3;

    public static IEnumerable<ImuSample> Samples(SensorRig rig, double duration, double gravity)
    {
        var random = new SimulationRandom(rig.NoiseSeed);
        var clock = rig.Clock;
        var errors = rig.Errors;
        var period = 1 / (clock.RateHz * (1 + clock.RateError));
        var first = clock.FirstSampleFraction * period;
        var walk = Vec3.Zero;
        var previousTime = 0.0;
        var previousStamp = double.NegativeInfinity;
        var dropout = 0;
        for (long k = 0; ; k++)
        {
            // Sample instants jitter around an even grid (never crossing a neighbour).
            var jitter = Math.Clamp(random.Gaussian(0, clock.JitterFraction * period), -0.45 * period, 0.45 * period);
            var t = first + (k * period) + jitter;
            if (t > duration)
            {
                yield break;
            }

            // The bias random walk advances whether or not the sample survives.
            var dt = Math.Max(t - previousTime, 0);
            previousTime = t;
            var walkStep = errors.GyroRandomWalk * Math.Sqrt(dt);
            walk += new Vec3(random.Gaussian(0, walkStep), random.Gaussian(0, walkStep), random.Gaussian(0, walkStep));
            var noise = new Vec3(random.Gaussian(0, 1), random.Gaussian(0, 1), random.Gaussian(0, 1));
            var accelerometerNoise = new Vec3(random.Gaussian(0, 1), random.Gaussian(0, 1), random.Gaussian(0, 1));
            var stamp = (t * (1 + clock.TimeDrift)) + clock.TimeOffset + random.Gaussian(0, clock.TimestampNoise);
            var dropped = random.Chance(clock.DropProbability);

            while (dropout < clock.Dropouts.Length && clock.Dropouts[dropout].End <= t)
            {
                dropout++;
            }

            if (dropped || (dropout < clock.Dropouts.Length && clock.Dropouts[dropout].Start <= t))
            {
                continue;
            }

            // Stamps never run backwards and stay inside the session.
            stamp = Math.Max(stamp, previousStamp);
            if (stamp < 0 || stamp > duration)
            {
                continue;
            }

            previousStamp = stamp;
            var (force, rate) = TrueReading(rig, t, gravity);
            var bias = errors.GyroBias + (errors.GyroBiasDrift * (1 - Math.Exp(-t / errors.DriftTimeConstant))) + walk;
            var gyro = Vec3.Scale(errors.GyroScale, rate) + bias + (noise * errors.GyroNoise);
            var accelerometerSigma = errors.AccelerometerNoise + (errors.Rumble * rate.Length);
            var accelerometer = Vec3.Scale(errors.AccelerometerScale, force) + errors.AccelerometerBias + (accelerometerNoise * accelerometerSigma);
            var time = TimeSpan.FromTicks((long)Math.Round(stamp * TimeSpan.TicksPerSecond));
            yield return new ImuSample(time, rig.Role, accelerometer.ToVector3(), gyro.ToVector3());
        }
    }

    /// <summary>What a perfect sensor of <paramref name="rig"/> reads at <paramref name="t"/>: specific force (m/s²) and angular rate (rad/s).</summary>
    public static (Vec3 SpecificForce, Vec3 AngularRate) TrueReading(SensorRig rig, double t, double gravity)
    {
        var before = rig.Carrier.PoseAt(t - Step);
        var now = rig.Carrier.PoseAt(t);
        var after = rig.Carrier.PoseAt(t + Step);
        var p0 = before.Position + before.Orientation.Rotate(rig.LeverArm);
        var p1 = now.Position + now.Orientation.Rotate(rig.LeverArm);
        var p2 = after.Position + after.Orientation.Rotate(rig.LeverArm);
        var acceleration = (p2 - (2 * p1) + p0) / (Step * Step);
        var specificForce = acceleration + new Vec3(0, 0, gravity);

        // Body-frame rate from the rotation between the neighbours, then into the sensor frame.
        var carrierRate = (before.Orientation.Inverse * after.Orientation).ToRotationVector() / (2 * Step);
        var toSensor = rig.Mount.Inverse;
        return (toSensor.Rotate(now.Orientation.Inverse.Rotate(specificForce)), toSensor.Rotate(carrierRate));
    }
}
