using System.Numerics;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Tests.Simulation;

public sealed class SensorSamplerTests
{
    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void Roller_StillDuringCalibration_ReadsGravityMagnitude(int seed)
    {
        var session = Simulations.Default(seed);
        var plan = session.Plan;

        // Noise-free: exactly g. Measured: g within bias, scale and noise.
        var (force, rate) = SensorSampler.TrueReading(plan.RollerSensor, 1.0, plan.Gravity);
        Assert.Equal(plan.Gravity, force.Length, 6);
        Assert.Equal(0, rate.Length, 9);

        var still = session.Samples.Where(s => s.Sensor == SensorRole.Roller && s.Time < TimeSpan.FromSeconds(1.9)).ToList();
        var meanMagnitude = still.Average(s => s.Acceleration.Length());
        Assert.InRange(meanMagnitude, plan.Gravity - 0.5, plan.Gravity + 0.5);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void FirmwareRoller_OnRoller_GyroXIsTrueRatePlusBias(int seed)
    {
        var session = Simulations.Firmware(seed);
        var plan = session.Plan;
        var scenario = session.Scenario;
        var bout = plan.Body.Phases.First(p => p.Kind == PhaseKind.OnRoller).Bout!;
        var samples = session.Samples
            .Where(s => s.Sensor == SensorRole.Roller && s.Time.TotalSeconds > bout.Start && s.Time.TotalSeconds < bout.End)
            .ToList();

        // Perfect sensor: the rate about x is the roller's rate (mount within 2°), the other axes nearly nothing.
        foreach (var sample in samples.Take(500))
        {
            var t = sample.Time.TotalSeconds;
            var trueRate = plan.Roller.AxisRateAt(t);
            var (_, rate) = SensorSampler.TrueReading(plan.RollerSensor, t, plan.Gravity);
            Assert.Equal(trueRate, rate.X, 1e-3 + (Math.Abs(trueRate) * 1e-3));
            Assert.True(Math.Abs(rate.Y) + Math.Abs(rate.Z) <= 1e-6 + (Math.Abs(trueRate) * 0.05));
        }

        // Measured: gyro x minus the true rate scatters around the bias with the sensor's noise.
        var residuals = samples.Select(s => s.AngularVelocity.X - plan.Roller.AxisRateAt(s.Time.TotalSeconds)).ToList();
        var mean = residuals.Average();
        var drift = Math.Abs(scenario.RollerSensor.GyroBiasDrift.X) + 0.01;
        Assert.InRange(mean, scenario.RollerSensor.GyroBias.X - drift, scenario.RollerSensor.GyroBias.X + drift);
        var spread = Math.Sqrt(residuals.Average(r => (r - mean) * (r - mean)));
        Assert.True(spread < (3 * scenario.RollerSensor.GyroNoise) + 0.02, $"spread {spread}");
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void UnknownMount_Rolling_GyroParallelToRollerAxisInSensorFrame(int seed)
    {
        var session = Simulations.Get(new SimulationOptions { Seed = seed, Mount = RollerMount.UnknownMount });
        var plan = session.Plan;
        var axis = session.Scenario.RollerAxisInSensorFrame;
        var checkedSamples = 0;
        for (var t = 10.0; t < plan.Duration; t += 0.37)
        {
            var trueRate = plan.Roller.AxisRateAt(t);
            if (plan.Body.ContactAt(t).OnRoller && Math.Abs(trueRate) > 0.2)
            {
                var (_, rate) = SensorSampler.TrueReading(plan.RollerSensor, t, plan.Gravity);
                var along = Vector3.Dot(Vector3.Normalize(new Vector3((float)rate.X, (float)rate.Y, (float)rate.Z)), axis);
                Assert.InRange(Math.Abs(along), 0.9999, 1.0001);
                Assert.Equal(Math.Sign(trueRate), Math.Sign(along));
                checkedSamples++;
            }
        }

        Assert.True(checkedSamples > 20);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 6, MemberType = typeof(Simulations))]
    public void Body_StandingCalibration_AccelerationAlongPlusYUpToMisalignment(int seed)
    {
        var session = Simulations.Default(seed);
        var samples = session.Samples.Where(s => s.Sensor == SensorRole.Body && s.Time < TimeSpan.FromSeconds(1.9)).ToList();
        var mean = samples.Aggregate(Vector3.Zero, (sum, s) => sum + s.Acceleration) / samples.Count;

        // Within the ±15° per-axis misalignment of +y, and on the truth's "up" to within sway and bias.
        var angleToY = Math.Acos(Vector3.Dot(Vector3.Normalize(mean), Vector3.UnitY)) * 180 / Math.PI;
        var angleToUp = Math.Acos(Math.Clamp(Vector3.Dot(Vector3.Normalize(mean), session.Scenario.BodyUpInSensorFrame), -1, 1)) * 180 / Math.PI;
        Assert.InRange(angleToY, 0, 22);
        Assert.InRange(angleToUp, 0, 3);
        Assert.InRange(mean.Length(), 9.3, 10.3);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void Body_Rolling_LongAxisAccelerationInStepWithRollerAngularAcceleration(int seed)
    {
        // DESIGN.md section 3: the body slides at 2·ω·r, so along its long axis it accelerates with −2·r·dω/dt (face up).
        var session = Simulations.Firmware(seed);
        var plan = session.Plan;
        var radius = plan.RollerRadiusMeters;
        var bodyRig = plan.BodySensor!;
        var predicted = new List<double>();
        var measured = new List<double>();
        foreach (var phase in plan.Body.Phases.Where(p => p.Kind == PhaseKind.OnRoller))
        {
            var bout = phase.Bout!;
            for (var t = phase.Start + 2; t < phase.End - 2; t += 0.02)
            {
                // Angular acceleration of the roller by central difference of its true rate.
                var alpha = (plan.Roller.AxisRateAt(t + 0.005) - plan.Roller.AxisRateAt(t - 0.005)) / 0.01;
                var (force, _) = SensorSampler.TrueReading(bodyRig, t, plan.Gravity);
                var pose = plan.Body.PoseAt(t);
                var world = pose.Orientation.Rotate(bodyRig.Mount.Rotate(force)) - new Vec3(0, 0, plan.Gravity);
                var head = Posture.HeadOverFloor(bout.Heading);
                measured.Add(Vec3.Dot(world, head));
                predicted.Add(-2 * radius * alpha * bout.Sense);
            }
        }

        Assert.True(Correlation(predicted, measured) > 0.8, $"correlation {Correlation(predicted, measured)}");
    }

    [Fact]
    public void TrueReading_FaceUpRoll_ContactTowardHeadForPositiveRate()
    {
        // Sign convention of DESIGN.md section 3, checked on every bout: face up (back) positive ω moves the contact
        // toward the head, face down toward the feet.
        foreach (var seed in new[] { 0, 1, 2 })
        {
            var plan = Simulations.Firmware(seed).Plan;
            foreach (var phase in plan.Body.Phases.Where(p => p.Kind == PhaseKind.OnRoller))
            {
                var bout = phase.Bout!;
                foreach (var pass in bout.Contact.Passes.Where(p => p.Duration > 1))
                {
                    var mid = pass.Start + (pass.Duration / 2);
                    var rate = plan.Roller.AxisRateAt(mid);
                    var travel = plan.Body.ContactAt(mid).RollingVelocity;
                    Assert.Equal(Math.Sign(travel), Math.Sign(rate) * (bout.Face == BodyFace.Back ? 1 : -1));
                    Assert.Equal(Math.Abs(travel), Math.Abs(rate) * plan.RollerRadiusMeters, 12);
                }
            }
        }
    }

    private static double Correlation(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var meanA = a.Average();
        var meanB = b.Average();
        var cov = a.Zip(b).Sum(p => (p.First - meanA) * (p.Second - meanB));
        var varA = a.Sum(x => (x - meanA) * (x - meanA));
        var varB = b.Sum(x => (x - meanB) * (x - meanB));
        return cov / Math.Sqrt(varA * varB);
    }
}
