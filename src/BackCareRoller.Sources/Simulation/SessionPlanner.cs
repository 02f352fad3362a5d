using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Draws a whole session from the seed: the person, the roller, both sensors' imperfections, then the timeline.
/// Every draw happens whatever the options say (an option only replaces the drawn value), so fixing one option
/// leaves the rest of the scenario as it was.
/// </summary>
internal static class SessionPlanner
{
    private const double Degree = Math.PI / 180;

    public static SessionPlan Plan(SimulationOptions options)
    {
        var random = new SimulationRandom(options.Seed);

        // Person and roller: 150–200 cm, 10–18 cm diameter, either mount, 25–400 Hz (phone on the hip: 25–200 Hz).
        var drawnHeight = random.Integer(150, 200) / 100.0;
        var drawnDiameter = Math.Round(random.Uniform(0.10, 0.18), 3);
        var drawnMount = random.Chance(0.5) ? RollerMount.FirmwareAxis : RollerMount.UnknownMount;
        var drawnRollerRate = random.LogUniform(25, 400);
        var drawnBodyRate = random.LogUniform(25, 200);
        var gravity = random.Uniform(9.78, 9.832);
        var person = PersonProfile.Draw(random);
        var height = options.HeightMeters ?? drawnHeight;
        var diameter = options.RollerDiameterMeters ?? drawnDiameter;
        var mount = options.Mount ?? drawnMount;
        var rollerRate = options.SampleRateHz ?? drawnRollerRate;
        var bodyRate = options.SampleRateHz ?? drawnBodyRate;

        // Sensor errors and mounts. A firmware roller is aligned to within 2°; a strapped phone sits any way round,
        // off the axis. The hip sensor is misaligned by up to ±15° about each axis (DESIGN.md section 2).
        var rollerErrors = DrawErrors(random, rollerRate);
        var bodyErrors = DrawErrors(random, bodyRate);
        var firmwareMount = Rotation.FromRotationVector(random.UnitVector() * (random.Uniform(0, 2) * Degree));
        var phoneMount = random.UniformRotation();
        var firmwareRadius = random.Uniform(0, 0.03);
        var phoneRadius = random.Uniform(0.01, 0.06);
        var leverAngle = random.Uniform(0, 2 * Math.PI);
        var axial = random.Uniform(-0.1, 0.1);
        var misalignment = new Vec3(random.Uniform(-15, 15), random.Uniform(-15, 15), random.Uniform(-15, 15));
        var hipLever = new Vec3(random.Uniform(-0.03, 0.03), random.Uniform(-0.03, 0.03), random.Uniform(0.12, 0.18));
        var rollerClock = DrawClock(random, rollerRate, reference: true);
        var bodyClock = DrawClock(random, bodyRate, reference: false);
        var rollerSeed = random.NextSeed();
        var bodySeed = random.NextSeed();
        var rollerMount = mount == RollerMount.FirmwareAxis ? firmwareMount : phoneMount;
        var radius = mount == RollerMount.FirmwareAxis ? firmwareRadius : phoneRadius;
        var rollerLever = new Vec3(axial, radius * Math.Cos(leverAngle), radius * Math.Sin(leverAngle));
        var bodyMount = Rotation.FromAxisAngle(Vec3.UnitZ, misalignment.Z * Degree)
            * Rotation.FromAxisAngle(Vec3.UnitY, misalignment.Y * Degree)
            * Rotation.FromAxisAngle(Vec3.UnitX, misalignment.X * Degree);

        // The session itself, then the dropouts over its length.
        var builder = new TimelineBuilder(random, person, height, diameter / 2, options.Mistakes, options.Duration?.TotalSeconds);
        var (phases, actions, planned) = builder.Build();

        // Whole milliseconds, so every time derived from it converts to TimeSpan exactly.
        var duration = Math.Round(planned, 3);
        rollerClock = rollerClock with { Dropouts = DrawDropouts(random, duration) };
        bodyClock = bodyClock with { Dropouts = DrawDropouts(random, duration) };

        var body = new BodyTimeline(phases);
        var roller = new RollerTrack(actions, diameter / 2);
        var rollerRig = new SensorRig(SensorRole.Roller, roller, rollerMount, rollerLever, rollerErrors, rollerClock, rollerSeed);
        var bodyRig = new SensorRig(SensorRole.Body, body, bodyMount, hipLever, bodyErrors, bodyClock, bodySeed);
        var scenario = new SimulationScenario
        {
            Seed = options.Seed,
            Mistakes = options.Mistakes,
            Duration = TimeSpan.FromTicks((long)Math.Round(duration * TimeSpan.TicksPerSecond)),
            HeightMeters = height,
            RollerDiameterMeters = diameter,
            RollerMount = mount,
            HasBodySensor = options.BodySensor,
            GravityMetersPerSecondSquared = gravity,
            RollerAxisInSensorFrame = rollerMount.Inverse.Rotate(Vec3.UnitX).ToVector3(),
            BodyUpInSensorFrame = bodyMount.Inverse.Rotate(Vec3.UnitY).ToVector3(),
            BodyMisalignmentDegrees = misalignment.ToVector3(),
            TypicalSpeedMetersPerSecond = person.TypicalSpeed,
            AnchorOffset = person.AnchorOffset,
            RollerSensor = Describe(rollerRig),
            BodySensor = options.BodySensor ? Describe(bodyRig) : null,
        };
        var gaps = rollerClock.Dropouts.Select(d => new SensorGap(SensorRole.Roller, TimeSpan.FromSeconds(d.Start), TimeSpan.FromSeconds(d.End)));
        if (options.BodySensor)
        {
            gaps = gaps.Concat(bodyClock.Dropouts.Select(d => new SensorGap(SensorRole.Body, TimeSpan.FromSeconds(d.Start), TimeSpan.FromSeconds(d.End))));
        }

        return new SessionPlan(
            scenario,
            duration,
            height,
            diameter / 2,
            gravity,
            body,
            roller,
            rollerRig,
            options.BodySensor ? bodyRig : null,
            builder.Mistakes.Where(m => m.Start.TotalSeconds < duration).ToArray(),
            gaps.OrderBy(g => g.Start).ToArray(),
            builder.Handlings.Where(h => h.Start.TotalSeconds < duration).ToArray());
    }

    private static SensorErrorModel DrawErrors(SimulationRandom random, double rate)
    {
        // Consumer MEMS: bias up to ~2°/s (sometimes twice that), warm-up drift, random walk, 1.5 % scale,
        // noise growing with bandwidth (√rate).
        var bandwidth = Math.Sqrt(rate / 100);
        var biasScale = random.Chance(0.2) ? 2 : 1;
        return new SensorErrorModel(
            new Vec3(random.Uniform(-0.03, 0.03), random.Uniform(-0.03, 0.03), random.Uniform(-0.03, 0.03)) * biasScale,
            new Vec3(random.Uniform(-0.01, 0.01), random.Uniform(-0.01, 0.01), random.Uniform(-0.01, 0.01)),
            random.Uniform(120, 1200),
            random.LogUniform(2e-5, 1.5e-4),
            new Vec3(1 + random.Uniform(-0.015, 0.015), 1 + random.Uniform(-0.015, 0.015), 1 + random.Uniform(-0.015, 0.015)),
            random.Uniform(0.0008, 0.006) * bandwidth,
            new Vec3(random.Uniform(-0.15, 0.15), random.Uniform(-0.15, 0.15), random.Uniform(-0.15, 0.15)),
            new Vec3(1 + random.Uniform(-0.02, 0.02), 1 + random.Uniform(-0.02, 0.02), 1 + random.Uniform(-0.02, 0.02)),
            random.Uniform(0.01, 0.06) * bandwidth,
            random.Uniform(0, 0.08));
    }

    private static SampleClockModel DrawClock(SimulationRandom random, double rate, bool reference)
    {
        // The roller's clock is the session clock; the hip phone's stamps are offset, drift and are noisy.
        var rateError = random.Uniform(-200, 200) * 1e-6;
        var jitter = random.Chance(0.3) ? random.Uniform(0.1, 0.25) : random.Uniform(0, 0.08);
        var first = random.Uniform(0, 1);
        var drop = random.Chance(0.5) ? random.Uniform(0, 0.002) : random.Uniform(0.002, 0.02);
        var offset = random.Uniform(-0.03, 0.03);
        var drift = random.Uniform(-30, 30) * 1e-6;
        var stampNoise = random.Uniform(0, 0.002);
        return reference
            ? new SampleClockModel(rate, rateError, jitter, first, drop, [], 0, 0, 0)
            : new SampleClockModel(rate, rateError, jitter, first, drop, [], offset, drift, stampNoise);
    }

    private static (double Start, double End)[] DrawDropouts(SimulationRandom random, double duration)
    {
        // Bursts of lost packets: up to ~1 a minute, 50 ms to 1.5 s, sometimes 2–5 s; never in the first 3 s of
        // standing still, which calibrates "up".
        var count = random.Poisson(random.Uniform(0, 1.2) * duration / 60);
        var dropouts = new List<(double Start, double End)>();
        for (var i = 0; i < count; i++)
        {
            var start = random.Uniform(3, Math.Max(3, duration));
            var length = random.Chance(0.15) ? random.Uniform(2, 5) : random.LogUniform(0.05, 1.5);
            dropouts.Add((start, Math.Min(start + length, duration)));
        }

        // Merge overlapping bursts.
        var merged = new List<(double Start, double End)>();
        foreach (var d in dropouts.OrderBy(d => d.Start))
        {
            if (merged.Count > 0 && d.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, d.End));
            }
            else
            {
                merged.Add(d);
            }
        }

        return [.. merged];
    }

    private static SimulatedSensor Describe(SensorRig rig)
    {
        var clock = rig.Clock;
        var errors = rig.Errors;
        return new SimulatedSensor
        {
            SampleRateHz = clock.RateHz,
            RateErrorPpm = clock.RateError * 1e6,
            JitterFraction = clock.JitterFraction,
            DropProbability = clock.DropProbability,
            ClockOffsetSeconds = clock.TimeOffset,
            ClockDriftPpm = clock.TimeDrift * 1e6,
            TimestampNoiseSeconds = clock.TimestampNoise,
            GyroBias = errors.GyroBias.ToVector3(),
            GyroBiasDrift = errors.GyroBiasDrift.ToVector3(),
            GyroBiasTimeConstantSeconds = errors.DriftTimeConstant,
            GyroBiasRandomWalk = errors.GyroRandomWalk,
            GyroScaleError = (errors.GyroScale - new Vec3(1, 1, 1)).ToVector3(),
            GyroNoise = errors.GyroNoise,
            AccelerometerBias = errors.AccelerometerBias.ToVector3(),
            AccelerometerScaleError = (errors.AccelerometerScale - new Vec3(1, 1, 1)).ToVector3(),
            AccelerometerNoise = errors.AccelerometerNoise,
            RollingRumble = errors.Rumble,
            MountAngleDegrees = rig.Mount.ToRotationVector().Length / Degree,
            LeverArmMeters = rig.LeverArm.ToVector3(),
            Dropouts = clock.Dropouts.Length,
        };
    }
}
