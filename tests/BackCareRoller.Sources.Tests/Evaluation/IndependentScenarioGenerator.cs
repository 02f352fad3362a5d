using System.Numerics;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Evaluation;

namespace BackCareRoller.Sources.Tests.Evaluation;

/// <summary>
/// A deliberately independent session generator written from DESIGN.md alone (sections 2–4), so the zone
/// estimator is never tuned to one simulator's habits: a person of height H stands still, then does several moves
/// of the routine; in each the pelvis holds a posture from the table of section 4 (with sway), the contact starts
/// near the move's anchor and is rolled back and forth through the zone, sometimes into the lumbar or neck zone,
/// sometimes too fast, with pauses and slips. With no slip the body moves 2·Δ over the floor for a contact travel
/// of Δ and the roller turns by Δ/r; in a slip the body slides Δ over a roller that does not turn.
/// </summary>
internal static class IndependentScenarioGenerator
{
    private const double Gravity = 9.81;
    private const double Step = 0.001;

    private static readonly int[] Rates = [25, 50, 100, 200, 400];

    public static IndependentScenario Generate(int seed, bool withBody = true, RoutineMove guided = RoutineMove.None)
    {
        var rng = new Random(seed);
        var height = Uniform(rng, 1.50, 2.00);
        var radius = Uniform(rng, 0.05, 0.09);
        var firmware = rng.NextDouble() < 0.5;
        var axisSign = firmware || rng.NextDouble() < 0.5 ? 1.0 : -1.0;
        var (mx, my, mz) = (Uniform(rng, -15, 15), Uniform(rng, -15, 15), Uniform(rng, -15, 15));
        if (Environment.GetEnvironmentVariable("ZONES_NOTWIST") == "1")
        {
            (my, mz) = (0, 0);
        }

        var mount = Quaternion.Normalize(
            Quaternion.CreateFromAxisAngle(Vector3.UnitX, Deg(mx))
            * Quaternion.CreateFromAxisAngle(Vector3.UnitY, Deg(my))
            * Quaternion.CreateFromAxisAngle(Vector3.UnitZ, Deg(mz)));
        var heading = Uniform(rng, -Math.PI, Math.PI);

        var timeline = BuildTimeline(rng, height, guided);
        var world = Simulate(rng, timeline, height, radius, heading);

        var rollerRate = Rates[rng.Next(Rates.Length)];
        var bodyRate = Rates[rng.Next(Rates.Length)];
        var gaps = RandomGaps(rng, world.Duration);
        var inputs = new List<ZoneInput>();
        SampleRoller(rng, world, rollerRate, radius, axisSign, firmware, gaps, inputs);
        if (withBody)
        {
            SampleBody(rng, world, bodyRate, mount, gaps, inputs);
        }

        var ordered = inputs.OrderBy(i => i.Time).ThenBy(i => i.IsBody).ToList();
        var (zones, stays) = Truth(world);
        var notes = new List<string> { $"mount {mx:F1} {my:F1} {mz:F1} rates {rollerRate}/{bodyRate}" };
        notes.AddRange(timeline.Where(s => s.Phase == Phase.On).Select(s => $"{s.Move} {s.Side} recline {s.Recline:F1} tilt {s.Tilt:F1}"));
        return new IndependentScenario(seed, height, radius, firmware, withBody, guided, ordered, zones, stays, TimeSpan.FromSeconds(world.Duration), notes);
    }

    // ---- Script ----

    private enum Phase
    {
        Stand,
        Down,
        On,
        Up,
        Switch,
    }

    private sealed record Segment(Phase Phase, double Duration, RoutineMove Move, BodySide? Side, double Recline, double Tilt, List<Pass> Passes);

    private sealed record Pass(double Target, double SpeedMetersPerSecond, double PauseSeconds, bool Slip);

    private static List<Segment> BuildTimeline(Random rng, double height, RoutineMove guided)
    {
        // The coached routine (DESIGN.md section 1) in order most of the time, shuffled otherwise; sided moves are
        // often done on both sides, switching on the roller (the contact stays where it was).
        var segments = new List<Segment> { new(Phase.Stand, Uniform(rng, 2.0, 3.0), RoutineMove.None, null, 90, 0, []) };
        RoutineMove[] routine = [RoutineMove.Glutes, RoutineMove.HipFlexors, RoutineMove.Hamstrings, RoutineMove.UpperBack];
        var moves = guided != RoutineMove.None ? [guided]
            : rng.NextDouble() < 0.7 ? routine.ToList()
            : routine.OrderBy(_ => rng.Next()).Take(rng.Next(2, 5)).ToList();
        foreach (var move in moves)
        {
            var rows = MovePostureTable.Rows.Where(r => r.Move == move).ToList();
            var sides = move == RoutineMove.UpperBack ? [rows[0]]
                : move == RoutineMove.Hamstrings && rng.NextDouble() < 0.4 ? [rows.Single(r => r.Side is null)]
                : rng.NextDouble() < 0.7 ? rows.Where(r => r.Side is not null).OrderBy(_ => rng.Next()).ToList()
                : [rows.Where(r => r.Side is not null).OrderBy(_ => rng.Next()).First()];
            var recline = Uniform(rng, sides[0].ReclineFromDegrees, sides[0].ReclineToDegrees);
            var magnitude = Uniform(rng, 0, 1);
            segments.Add(new(Phase.Down, Uniform(rng, 1.5, 3.0), move, sides[0].Side, recline, Tilt(sides[0], magnitude), []));
            for (var i = 0; i < sides.Count; i++)
            {
                var row = sides[i];
                var tilt = Tilt(row, magnitude);
                if (i > 0)
                {
                    segments.Add(new(Phase.Switch, Uniform(rng, 2.0, 3.0), move, row.Side, recline, tilt, []));
                }

                segments.Add(new(Phase.On, 0, move, row.Side, recline, tilt, Passes(rng, move, height, Uniform(rng, 35, 80))));
            }

            segments.Add(new(Phase.Up, Uniform(rng, 1.5, 2.5), move, sides[^1].Side, recline, Tilt(sides[^1], magnitude), []));
            segments.Add(new(Phase.Stand, Uniform(rng, 1.5, 4.0), RoutineMove.None, null, 90, 0, []));
        }

        return segments;
    }

    private static double Tilt(MovePosture row, double fraction) => row.TiltFromDegrees + (fraction * (row.TiltToDegrees - row.TiltFromDegrees));

    private static List<Pass> Passes(Random rng, RoutineMove move, double height, double seconds)
    {
        var band = ZoneTable.BandOf(Target(move));
        var anchor = ZoneTable.AnchorFor(move);
        var margin = 0.01 / height * 1.7;
        var passes = new List<Pass>();
        var elapsed = 0.0;
        var position = anchor;
        var up = rng.NextDouble() < 0.5;
        while (elapsed < seconds)
        {
            double target;
            var mistake = rng.NextDouble() < 0.06;
            if (mistake && move is RoutineMove.Glutes && up)
            {
                target = 0.58 + Uniform(rng, 0.008, 0.04);
            }
            else if (mistake && move is RoutineMove.UpperBack)
            {
                target = up ? 0.86 + Uniform(rng, 0.008, 0.04) : 0.67 - Uniform(rng, 0.008, 0.04);
            }
            else
            {
                var low = move == RoutineMove.Hamstrings ? band.From + 0.03 : band.From + margin;
                target = up ? Uniform(rng, Math.Max(position, low), band.To - margin) : Uniform(rng, low, Math.Min(position, band.To - margin));
            }

            var speed = rng.NextDouble() < 0.12 ? Uniform(rng, 0.05, 0.08) : Uniform(rng, 0.015, 0.035);
            var pause = rng.NextDouble() < 0.25 ? Uniform(rng, 3, 15) : Uniform(rng, 0.2, 1.0);
            if (mistake)
            {
                pause = Uniform(rng, 1, 4);
            }

            passes.Add(new Pass(target, speed, pause, false));
            elapsed += (Math.Abs(target - position) * height / speed) + pause;
            position = target;
            up = !up;

            // Now and then a slip: a few cm at once, the roller not turning.
            if (rng.NextDouble() < 0.05)
            {
                var slip = Uniform(rng, 0.01, 0.03) / height * (rng.NextDouble() < 0.5 ? -1 : 1);
                passes.Add(new Pass(position + slip, 0.1, Uniform(rng, 0.2, 1.0), true));
                position += slip;
            }
        }

        return passes;
    }

    private static BodyZone Target(RoutineMove move) => move switch
    {
        RoutineMove.Glutes => BodyZone.Glutes,
        RoutineMove.HipFlexors => BodyZone.HipFlexors,
        RoutineMove.Hamstrings => BodyZone.Hamstrings,
        _ => BodyZone.UpperBack,
    };

    // ---- Physics at 1 kHz ----

    private sealed class World
    {
        public List<Quaternion> Orientation { get; } = [];
        public List<double> BodyAcceleration { get; } = [];
        public List<Vector3> HeadDirection { get; } = [];
        public List<double> RollerRate { get; } = [];
        public List<bool> NobodyRolls { get; } = [];
        public List<(RoutineMove Move, BodySide? Side, double U, bool On)> Contact { get; } = [];
        public double Duration => Orientation.Count * Step;
    }

    private static World Simulate(Random rng, List<Segment> segments, double height, double radius, double heading)
    {
        var world = new World();
        var standing = Standing(heading);
        var lieHeading = heading + Math.PI;
        var current = standing;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            switch (segment.Phase)
            {
                case Phase.Stand:
                    var nudge = rng.NextDouble() < 0.3 && s > 0 ? Uniform(rng, 1.0, 2.5) : 0;
                    for (var t = 0.0; t < segment.Duration; t += Step)
                    {
                        var sway = Quaternion.CreateFromAxisAngle(Vector3.UnitY, (float)(0.01 * Math.Sin(t * 1.3)));
                        var rate = t < nudge ? 1.5 * Math.Sin(Math.PI * t / nudge) : 0;
                        Add(world, sway * standing, 0, Vector3.UnitX, rate, rate != 0, (RoutineMove.None, null, 0, false));
                    }

                    current = standing;
                    break;
                case Phase.Switch:
                    var switched = Lying(segment.Move, segment.Recline, segment.Tilt, lieHeading);
                    for (var t = 0.0; t < segment.Duration; t += Step)
                    {
                        var x = t / segment.Duration;
                        var smooth = x * x * (3 - (2 * x));
                        var side = x < 0.5 ? world.Contact[^1].Side : segment.Side;
                        Add(world, Quaternion.Slerp(current, switched, (float)smooth), 0, world.HeadDirection[^1], 0, false, (segment.Move, side, world.Contact[^1].U, true));
                    }

                    current = switched;
                    break;
                case Phase.Down:
                case Phase.Up:
                    var lying = Lying(segment.Move, segment.Recline, segment.Tilt, lieHeading);
                    var (from, to) = segment.Phase == Phase.Down ? (standing, lying) : (current, standing);
                    for (var t = 0.0; t < segment.Duration; t += Step)
                    {
                        var x = t / segment.Duration;
                        var smooth = x * x * (3 - (2 * x));
                        Add(world, Quaternion.Slerp(from, to, (float)smooth), 0, Vector3.UnitX, 0, false, (RoutineMove.None, null, 0, false));
                    }

                    current = to;
                    break;
                default:
                    var continues = s > 0 && segments[s - 1].Phase == Phase.Switch;
                    current = Roll(rng, world, segment, height, radius, lieHeading, continues ? world.Contact[^1].U : null);
                    break;
            }
        }

        return world;
    }

    private static Quaternion Roll(Random rng, World world, Segment segment, double height, double radius, double heading, double? from)
    {
        var face = ZoneTable.FaceFor(segment.Move) == BodyFace.Back ? 1.0 : -1.0;
        var u = from ?? ZoneTable.AnchorFor(segment.Move) + (Normal(rng) * 0.012);
        var head = new Vector3((float)Math.Cos(heading), (float)Math.Sin(heading), 0);
        var swayPhase = Uniform(rng, 0, 10);
        var orientation = Quaternion.Identity;
        var velocity = 0.0;
        var time = 0.0;
        void Tick(double targetVelocity, bool slip, double maxAcceleration)
        {
            // Contact velocity (m/s toward the head) eases toward the target: continuous, so accelerations are finite.
            var change = Math.Clamp(targetVelocity - velocity, -maxAcceleration * Step, maxAcceleration * Step);
            var accel = change / Step;
            velocity += change;
            u += velocity * Step / height;
            var recline = segment.Recline + (1.5 * Math.Sin((time + swayPhase) * 0.9));
            var tilt = segment.Tilt + (1.0 * Math.Sin((time + swayPhase) * 0.6));
            orientation = Lying(segment.Move, recline, tilt, heading);

            // No slip: body 2Δ, roller turns Δ/r. Slip: body slides Δ, roller still.
            var bodyAcceleration = slip ? -accel : -2 * accel;
            var rate = slip ? 0 : face * velocity / radius;
            Add(world, orientation, bodyAcceleration, head, rate, false, (segment.Move, segment.Side, u, true));
            time += Step;
        }

        // Settle on the anchor first, then the passes.
        for (var t = 0.0; t < Uniform(rng, 0.5, 1.5); t += Step)
        {
            Tick(0, false, 0.2);
        }

        foreach (var pass in segment.Passes)
        {
            var direction = Math.Sign(pass.Target - u);
            var maxAcceleration = pass.Slip ? 1.5 : 0.15;
            while (Math.Sign(pass.Target - u) == direction && direction != 0)
            {
                var remaining = Math.Abs(pass.Target - u) * height;
                var brake = Math.Sqrt(2 * maxAcceleration * remaining);
                Tick(direction * Math.Min(pass.SpeedMetersPerSecond, Math.Max(brake, 0.002)), pass.Slip, maxAcceleration);
            }

            for (var t = 0.0; t < pass.PauseSeconds; t += Step)
            {
                Tick(0, false, 0.3);
            }
        }

        return orientation;
    }

    private static void Add(World world, Quaternion orientation, double bodyAcceleration, Vector3 head, double rollerRate, bool nobody, (RoutineMove, BodySide?, double, bool) contact)
    {
        world.Orientation.Add(orientation);
        world.BodyAcceleration.Add(bodyAcceleration);
        world.HeadDirection.Add(head);
        world.RollerRate.Add(rollerRate);
        world.NobodyRolls.Add(nobody);
        world.Contact.Add(contact);
    }

    /// <summary>Body axes in the earth frame (z up) while standing: x forward, y up, z right (DESIGN.md section 2).</summary>
    private static Quaternion Standing(double heading)
    {
        var forward = new Vector3((float)Math.Cos(heading), (float)Math.Sin(heading), 0);
        return FromAxes(forward, Vector3.UnitZ, Vector3.Cross(forward, Vector3.UnitZ));
    }

    /// <summary>Body axes lying or seated: long axis raised by the recline, then rolled about itself by the tilt, right side lower positive.</summary>
    internal static Quaternion Lying(RoutineMove move, double reclineDegrees, double tiltDegrees, double heading)
    {
        var face = ZoneTable.FaceFor(move) == BodyFace.Back ? 1f : -1f;
        var rho = Deg(reclineDegrees);
        var phi = Deg(tiltDegrees);
        var head = new Vector3(MathF.Cos((float)heading), MathF.Sin((float)heading), 0);
        var y = (MathF.Cos(rho) * head) + (MathF.Sin(rho) * Vector3.UnitZ);
        var x = face * ((-MathF.Sin(rho) * head) + (MathF.Cos(rho) * Vector3.UnitZ));
        var z = Vector3.Cross(x, y);
        var xt = (MathF.Cos(phi) * x) + (face * MathF.Sin(phi) * z);
        var zt = (MathF.Cos(phi) * z) - (face * MathF.Sin(phi) * x);
        return FromAxes(xt, y, zt);
    }

    /// <summary>The rotation that carries the unit x, y, z axes onto the given (orthonormal, right-handed) vectors.</summary>
    internal static Quaternion FromAxes(Vector3 x, Vector3 y, Vector3 z)
    {
        var m = new Matrix4x4(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, 0, 0, 0, 1);
        return Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(m));
    }

    // ---- Sensors ----

    private static List<(double From, double To)> RandomGaps(Random rng, double duration)
    {
        var gaps = new List<(double, double)>();
        if (rng.NextDouble() < 0.4)
        {
            for (var i = rng.Next(1, 4); i > 0; i--)
            {
                var start = Uniform(rng, 5, duration - 2);
                gaps.Add((start, start + Uniform(rng, 0.1, 0.8)));
            }
        }

        return gaps;
    }

    private static bool InGap(List<(double From, double To)> gaps, double t) => gaps.Any(g => t >= g.From && t < g.To);

    private static void SampleRoller(Random rng, World world, int rate, double radius, double axisSign, bool firmware, List<(double, double)> gaps, List<ZoneInput> inputs)
    {
        var bias = Normal(rng) * 0.002;
        var noise = Uniform(rng, 0.003, 0.015);
        for (var t = Uniform(rng, 0, 1.0 / rate); t < world.Duration - Step; t += (1.0 / rate) * (1 + (0.05 * Normal(rng))))
        {
            if (InGap(gaps, t))
            {
                continue;
            }

            var index = (int)(t / Step);
            var omega = axisSign * (world.RollerRate[index] + bias + (noise * Normal(rng)));
            var speed = Math.Abs(omega) * radius;
            inputs.Add(ZoneInput.FromRoller(new RollerMotion(TimeSpan.FromSeconds(t), omega, speed, Math.Abs(omega) > 0.05, firmware)));
        }
    }

    private static void SampleBody(Random rng, World world, int rate, Quaternion mount, List<(double, double)> gaps, List<ZoneInput> inputs)
    {
        var accelNoise = Uniform(rng, 0.02, 0.08);
        var gyroNoise = Uniform(rng, 0.003, 0.02);
        var gyroBias = new Vector3((float)(Normal(rng) * 0.01), (float)(Normal(rng) * 0.01), (float)(Normal(rng) * 0.01));
        var toSensor = Quaternion.Conjugate(mount);
        for (var t = Uniform(rng, 0, 1.0 / rate); t < world.Duration - (2 * Step); t += (1.0 / rate) * (1 + (0.05 * Normal(rng))))
        {
            if (InGap(gaps, t))
            {
                continue;
            }

            var index = (int)(t / Step);
            var q = world.Orientation[index];
            var next = world.Orientation[index + 1];
            var delta = Quaternion.Conjugate(q) * next;
            if (delta.W < 0)
            {
                delta = Quaternion.Negate(delta);
            }

            var omegaBody = 2 * new Vector3(delta.X, delta.Y, delta.Z) / (float)Step;
            var acceleration = world.HeadDirection[index] * (float)world.BodyAcceleration[index];
            var force = Vector3.Transform(acceleration + new Vector3(0, 0, (float)Gravity), Quaternion.Conjugate(q));
            var forceSensor = Vector3.Transform(force, toSensor) + Noise3(rng, accelNoise);
            var rateSensor = Vector3.Transform(omegaBody, toSensor) + gyroBias + Noise3(rng, gyroNoise);
            inputs.Add(ZoneInput.FromBody(new ImuSample(TimeSpan.FromSeconds(t), SensorRole.Body, forceSensor, rateSensor)));
        }
    }

    // ---- Truth ----

    private static (List<ZoneInterval> Zones, List<ForbiddenStay> Stays) Truth(World world)
    {
        var changes = new List<ZoneEstimate>();
        var last = (Zone: BodyZone.None, Side: (BodySide?)null);
        for (var i = 0; i < world.Contact.Count; i += 10)
        {
            var c = world.Contact[i];
            var zone = c.On ? ZoneTable.ZoneAt(ZoneTable.FaceFor(c.Move), c.U) : BodyZone.None;
            BodySide? side = ZoneTable.HasSides(zone) ? c.Side : null;
            if ((zone, side) != last)
            {
                changes.Add(new ZoneEstimate(TimeSpan.FromSeconds(i * Step), c.Move, BodyFace.Back, zone, side, null, null, 1));
                last = (zone, side);
            }
        }

        var zones = ZoneTimelineBuilder.Build(changes.Select(c => c.ToZoneUpdate()), TimeSpan.FromSeconds(world.Duration)).ToList();
        var stays = zones
            .Where(z => z.Zone is BodyZone.Lumbar or BodyZone.Neck)
            .Select(z => new ForbiddenStay(z.Start, z.End, z.Zone == BodyZone.Lumbar ? AlertKind.Lumbar : AlertKind.Neck))
            .ToList();
        return (zones, stays);
    }

    // ---- Random helpers ----

    private static double Uniform(Random rng, double from, double to) => from + (rng.NextDouble() * (to - from));

    private static double Normal(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static Vector3 Noise3(Random rng, double sigma) => new((float)(Normal(rng) * sigma), (float)(Normal(rng) * sigma), (float)(Normal(rng) * sigma));

    private static float Deg(double degrees) => (float)(degrees * Math.PI / 180);
}
