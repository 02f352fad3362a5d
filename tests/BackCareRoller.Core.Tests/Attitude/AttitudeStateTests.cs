using System.Numerics;
using BackCareRoller.Core.Attitude;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Core.Tests.Attitude;

public sealed class AttitudeStateTests
{
    [Fact]
    public void Up_DefaultState_IsEarthZAndNotAligned()
    {
        var state = default(AttitudeState);

        Assert.False(state.IsAligned);
        Assert.Equal(Vector3.UnitZ, state.Up);
    }

    [Fact]
    public void Up_SensorTurnedOnItsSide_PointsAlongSensorX()
    {
        // Sensor x points up in the earth frame when the sensor is turned -90° about y.
        var state = new AttitudeState(Quaternion.CreateFromAxisAngle(Vector3.UnitY, -MathF.PI / 2f), default, default, 0f, 0f, 0f);

        Assert.True(Vector3.Distance(state.Up, Vector3.UnitX) < 1e-6f, $"{state.Up}");
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public void Up_AnyOrientation_IsEarthZSeenFromTheSensor(Quaternion orientation)
    {
        var state = new AttitudeState(orientation, default, default, 0f, 0f, 0f);

        var expected = Vector3.Transform(Vector3.UnitZ, Quaternion.Conjugate(orientation));
        Assert.True(Vector3.Distance(state.Up, expected) < 1e-5f, $"{state.Up} vs {expected}");
        Assert.Equal(1f, state.Up.Length(), 4);
    }

    public static class Arbitraries
    {
        public static Arbitrary<Quaternion> UnitQuaternions() =>
            (from w in Gen.Choose(-1000, 1000)
             from x in Gen.Choose(-1000, 1000)
             from y in Gen.Choose(-1000, 1000)
             from z in Gen.Choose(-1000, 1000)
             where (w * w) + (x * x) + (y * y) + (z * z) > 10_000
             select Quaternion.Normalize(new Quaternion(x, y, z, w))).ToArbitrary();
    }
}
