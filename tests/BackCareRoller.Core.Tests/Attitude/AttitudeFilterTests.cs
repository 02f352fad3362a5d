using System.Numerics;
using BackCareRoller.Core.Attitude;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Core.Tests.Attitude;

public sealed class AttitudeFilterTests
{
    private const float G = 9.81f;
    private static readonly AttitudeSettings Defaults = new();

    [Theory]
    [InlineData(0f, 0f, G)]
    [InlineData(G, 0f, 0f)]
    [InlineData(1f, 2f, -3f)]
    [InlineData(0f, 0f, -G)]
    [InlineData(0.001f, 0f, -G)]
    public void Initial_AccelerationInAnyDirection_UpPointsAlongIt(float x, float y, float z)
    {
        var accel = new Vector3(x, y, z);

        var state = AttitudeFilter.Initial(accel);

        Assert.True(state.IsAligned);
        Assert.InRange(AngleDegrees(state.Up, accel), 0.0, 0.01);
        Assert.Equal(1f, state.Orientation.Length(), 5);
    }

    [Theory]
    [InlineData(0f, 0f, 0f)]
    [InlineData(float.NaN, 0f, G)]
    [InlineData(0f, float.PositiveInfinity, G)]
    [InlineData(1e20f, 0f, 0f)]
    public void Initial_AccelerationWithoutDirection_ReturnsUnalignedState(float x, float y, float z)
    {
        var state = AttitudeFilter.Initial(new Vector3(x, y, z));

        Assert.False(state.IsAligned);
    }

    [Fact]
    public void Step_DefaultState_AlignsWithFirstAccelerometerSample()
    {
        var accel = new Vector3(3f, -4f, 8f);

        var state = AttitudeFilter.Step(default, new Vector3(1f, 2f, 3f), accel, 0.01f, Defaults);

        Assert.InRange(AngleDegrees(state.Up, accel), 0.0, 0.01);
    }

    [Fact]
    public void Step_NullSettings_Throws()
    {
        var state = AttitudeFilter.Initial(new Vector3(0f, 0f, G));

        Assert.Throws<ArgumentNullException>(() => AttitudeFilter.Step(state, Vector3.Zero, Vector3.UnitZ, 0.01f, null!));
    }

    /// <summary>With settling off, only the gated sample path and the mean-force path can pull the estimate back; beyond 15° only the latter.</summary>
    [Theory]
    [InlineData(30f)]
    [InlineData(90f)]
    [InlineData(150f)]
    public void Step_StillSensorFromWrongStart_ConvergesToGravity(float startErrorDegrees)
    {
        var settings = new AttitudeSettings { SettlingPeriodSeconds = 0f };
        var trueUp = Vector3.Normalize(new Vector3(0.3f, -0.5f, 1f));
        var axis = Vector3.Normalize(Vector3.Cross(trueUp, Vector3.UnitX));
        var wrongUp = Vector3.Transform(trueUp, Quaternion.CreateFromAxisAngle(axis, startErrorDegrees * (MathF.PI / 180f)));
        var state = AttitudeFilter.Initial(wrongUp * G);
        Assert.InRange(AngleDegrees(state.Up, trueUp), startErrorDegrees - 1.0, startErrorDegrees + 1.0);

        state = Run(state, 2000, 0.01f, _ => (Vector3.Zero, trueUp * G), settings);

        Assert.InRange(AngleDegrees(state.Up, trueUp), 0.0, 0.5);
    }

    /// <summary>A first-order update (q + ½·q⊗ω·dt) is off by about 2° per sample at 20 rad/s and 25 Hz; the exponential is exact.</summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Step_ConstantRotationWithConsistentAccelerometer_MatchesClosedForm(ConstantRotation rotation)
    {
        var dt = 1f / rotation.SampleRateHz;
        var omega = rotation.Axis * rotation.RateRadPerSec;
        var steps = (int)(2f * rotation.SampleRateHz);
        Quaternion Truth(int i) => Quaternion.CreateFromAxisAngle(rotation.Axis, rotation.RateRadPerSec * i * dt);

        var state = AttitudeFilter.Initial(new Vector3(0f, 0f, G));
        for (var i = 1; i <= steps; i++)
        {
            state = AttitudeFilter.Step(state, omega, UpOf(Truth(i)) * G, dt, Defaults);
        }

        var error = QuaternionAngleDegrees(state.Orientation, Truth(steps));
        Assert.True(error < 0.01, $"{rotation}: {error:F5}° from the closed form");
    }

    [Fact]
    public void Step_StillWithGyroBias_LearnsBias()
    {
        var bias = new Vector3(0.02f, -0.03f, 0.01f);
        var up = Vector3.Normalize(new Vector3(0.2f, 0.1f, 1f));

        var state = Run(AttitudeFilter.Initial(up * G), 3000, 0.01f, _ => (bias, up * G), Defaults);

        Assert.InRange((state.GyroBias - bias).Length(), 0f, 5e-4f);
        Assert.InRange(AngleDegrees(state.Up, up), 0.0, 0.1);
    }

    [Fact]
    public void Step_RotatingJustAboveStillThreshold_DoesNotLearnBias()
    {
        var omega = new Vector3(0f, 0f, 1.2f * Defaults.StillRateRadiansPerSecond);

        var state = Run(AttitudeFilter.Initial(new Vector3(0f, 0f, G)), 3000, 0.01f, _ => (omega, new Vector3(0f, 0f, G)), Defaults);

        Assert.Equal(Vector3.Zero, state.GyroBias);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-0.01f)]
    [InlineData(float.NaN)]
    public void Step_NonPositiveOrNaNDt_ReturnsStateUnchanged(float dt)
    {
        var state = Run(AttitudeFilter.Initial(new Vector3(1f, 0f, G)), 100, 0.01f, _ => (new Vector3(0.5f, 0f, 0f), new Vector3(1f, 0f, G)), Defaults);

        var next = AttitudeFilter.Step(state, new Vector3(3f, 2f, 1f), new Vector3(5f, 0f, 0f), dt, Defaults);

        Assert.Equal(state, next);
    }

    /// <summary>After a gap the orientation may be anything: settling trusts the accelerometer again at once. Without it,
    /// a 60° error is beyond the per-sample rejection angle and only the slow mean-force path would correct it.</summary>
    [Fact]
    public void Step_GapAfterWhichSensorIsTilted_RealignsWithinThreeSeconds()
    {
        var flat = new Vector3(0f, 0f, G);
        var tilted = Vector3.Transform(flat, Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 3f));
        var state = Run(AttitudeFilter.Initial(flat), 500, 0.01f, _ => (Vector3.Zero, flat), Defaults);

        state = AttitudeFilter.Step(state, Vector3.Zero, tilted, 3f, Defaults);
        state = Run(state, 300, 0.01f, _ => (Vector3.Zero, tilted), Defaults);

        Assert.InRange(AngleDegrees(state.Up, tilted), 0.0, 1.0);
    }

    public static TheoryData<Vector3, Vector3, float> UnusableSamples => new()
    {
        { new Vector3(float.NaN, 0f, 0f), new Vector3(0f, 0f, G), 0.01f },
        { Vector3.Zero, new Vector3(float.NaN, 0f, G), 0.01f },
        { Vector3.Zero, Vector3.Zero, 0.01f },
        { new Vector3(float.PositiveInfinity, 0f, 0f), new Vector3(0f, float.NegativeInfinity, 0f), 0.01f },
        { new Vector3(1e4f, 0f, 0f), new Vector3(1e6f, 0f, 0f), 0.01f },
        { new Vector3(1e30f, 1e30f, 0f), new Vector3(1e30f, 0f, 1e30f), 0.01f },
        { new Vector3(1f, 0f, 0f), new Vector3(0f, 0f, G), float.PositiveInfinity },
        { new Vector3(1f, 0f, 0f), new Vector3(0f, 0f, G), 1e9f },
    };

    [Theory]
    [MemberData(nameof(UnusableSamples))]
    public void Step_UnusableSample_KeepsUnitOrientationFiniteStateAndTilt(Vector3 gyro, Vector3 accel, float dt)
    {
        var state = Run(AttitudeFilter.Initial(new Vector3(0f, 0f, G)), 100, 0.01f, _ => (Vector3.Zero, new Vector3(0f, 0f, G)), Defaults);

        state = AttitudeFilter.Step(state, gyro, accel, dt, Defaults);
        state = Run(state, 10, 0.01f, _ => (Vector3.Zero, new Vector3(0f, 0f, G)), Defaults);

        Assert.Equal(1f, state.Orientation.Length(), 4);
        Assert.True(float.IsFinite(state.MeanEarthForce.Length()) && float.IsFinite(state.GyroBias.Length()));
        Assert.InRange(AngleDegrees(state.Up, Vector3.UnitZ), 0.0, 5.0);
    }

    [Fact]
    public void Step_SingleShockSample_MovesTiltLessThanHalfDegree()
    {
        var flat = new Vector3(0f, 0f, G);
        var state = Run(AttitudeFilter.Initial(flat), 500, 0.01f, _ => (Vector3.Zero, flat), Defaults);

        state = AttitudeFilter.Step(state, Vector3.Zero, new Vector3(150f, 0f, G), 0.01f, Defaults);

        Assert.InRange(AngleDegrees(state.Up, flat), 0.0, 0.5);
    }

    /// <summary>
    /// The roller case: a reclined, tilted pelvis carried back and forth for two minutes with ±3 m/s² (up to 17° off
    /// gravity, far harsher than rolling at 2ω·r) while wobbling ±5°. A rejection with a timeout gives up on such a stream.
    /// </summary>
    [Theory]
    [InlineData(25f)]
    [InlineData(100f)]
    [InlineData(400f)]
    public void Step_SustainedBackAndForthAcceleration_TiltStaysWithinOneDegree(float sampleRateHz)
    {
        var dt = 1f / sampleRateHz;
        var mount = Quaternion.CreateFromYawPitchRoll(0.3f, 0.5f, 0.2f);
        var wobbleAxis = Vector3.Normalize(new Vector3(1f, 0.5f, -0.3f));
        const float wobbleAmplitude = 5f * MathF.PI / 180f;
        const float wobbleRate = 2f * MathF.PI * 0.5f;
        const float strokeRate = 2f * MathF.PI / 3f;
        var state = AttitudeFilter.Initial(UpOf(mount) * G);
        var sumSquares = 0.0;
        var count = 0;
        var max = 0.0;
        for (var i = 1; i <= (int)(120f * sampleRateHz); i++)
        {
            var t = i * dt;
            var truth = mount * Quaternion.CreateFromAxisAngle(wobbleAxis, wobbleAmplitude * MathF.Sin(wobbleRate * t));
            var gyro = wobbleAxis * (wobbleAmplitude * wobbleRate * MathF.Cos(wobbleRate * t));
            var earthForce = new Vector3(3f * MathF.Sin(strokeRate * t), 0f, G);
            var accel = Vector3.Transform(earthForce, Quaternion.Conjugate(truth));

            state = AttitudeFilter.Step(state, gyro, accel, dt, Defaults);

            if (t > 10f)
            {
                var error = AngleDegrees(state.Up, UpOf(truth));
                sumSquares += error * error;
                max = Math.Max(max, error);
                count++;
            }
        }

        Assert.InRange(Math.Sqrt(sumSquares / count), 0.0, 1.0);
        Assert.InRange(max, 0.0, 2.0);
    }

    [Fact]
    public void Step_ManyUpdates_DoNotAllocate()
    {
        var state = AttitudeFilter.Initial(new Vector3(0f, 0f, G));
        var accel = new Vector3(0.5f, 0.2f, G);
        state = AttitudeFilter.Step(state, Vector3.One, accel, 0.01f, Defaults);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            state = AttitudeFilter.Step(state, new Vector3(0.1f * (i % 7), 0.2f, -0.3f), accel, 0.005f, Defaults);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(state.IsAligned);
    }

    private static AttitudeState Run(AttitudeState state, int steps, float dt, Func<int, (Vector3 Gyro, Vector3 Accel)> sample, AttitudeSettings settings)
    {
        for (var i = 0; i < steps; i++)
        {
            var (gyro, accel) = sample(i);
            state = AttitudeFilter.Step(state, gyro, accel, dt, settings);
        }

        return state;
    }

    private static Vector3 UpOf(Quaternion sensorToEarth) => Vector3.Transform(Vector3.UnitZ, Quaternion.Conjugate(sensorToEarth));

    /// <summary>Angle between two vectors from atan2(|a×b|, a·b) in double: acos of a float dot is quantised to 0.02°.</summary>
    private static double AngleDegrees(Vector3 a, Vector3 b)
    {
        double ax = a.X, ay = a.Y, az = a.Z, bx = b.X, by = b.Y, bz = b.Z;
        var cx = (ay * bz) - (az * by);
        var cy = (az * bx) - (ax * bz);
        var cz = (ax * by) - (ay * bx);
        var cross = Math.Sqrt((cx * cx) + (cy * cy) + (cz * cz));
        return Math.Atan2(cross, (ax * bx) + (ay * by) + (az * bz)) * (180.0 / Math.PI);
    }

    /// <summary>Rotation angle of a⁻¹⊗b from its vector part, which stays accurate near zero.</summary>
    private static double QuaternionAngleDegrees(Quaternion a, Quaternion b)
    {
        var d = Quaternion.Conjugate(a) * b;
        var vector = Math.Sqrt(((double)d.X * d.X) + ((double)d.Y * d.Y) + ((double)d.Z * d.Z));
        return 2.0 * Math.Atan2(vector, Math.Abs((double)d.W)) * (180.0 / Math.PI);
    }

    public sealed record ConstantRotation(Vector3 Axis, float RateRadPerSec, float SampleRateHz);

    /// <summary>Rotations a body sensor meets: any axis, 0.1–20 rad/s, sampled at 25–400 Hz (DESIGN.md section 5).</summary>
    public static class Arbitraries
    {
        public static Arbitrary<ConstantRotation> ConstantRotations() =>
            (from x in Gen.Choose(-1000, 1000)
             from y in Gen.Choose(-1000, 1000)
             from z in Gen.Choose(-1000, 1000)
             where (x * x) + (y * y) + (z * z) > 10_000
             from rate in Gen.Choose(1, 200)
             from hz in Gen.Choose(25, 400)
             select new ConstantRotation(Vector3.Normalize(new Vector3(x, y, z)), rate / 10f, hz)).ToArbitrary();
    }
}
