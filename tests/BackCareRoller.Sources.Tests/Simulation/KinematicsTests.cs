using BackCareRoller.Sources.Simulation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Sources.Tests.Simulation;

public sealed class KinematicsTests
{
    // Oracle: the analytic velocity and acceleration of a pass must match numerical derivatives of its displacement.
    [Property(MaxTest = 200)]
    public Property ContactPass_AnyShape_DerivativesMatchDisplacementAndEndsAtRest() =>
        Prop.ForAll(
            Gen.Zip(Gen.Choose(5, 200), Gen.Zip(Gen.Choose(-300, 300), Gen.Zip(Gen.Choose(5, 50), Gen.Choose(0, 30)))).ToArbitrary(),
            t =>
            {
                var (deciseconds, (mm, (rampPercent, wobblePercent))) = t;
                var duration = deciseconds / 10.0;
                var distance = (mm == 0 ? 1 : mm) / 1000.0;
                var pass = new ContactPass(3, duration, distance, duration * rampPercent / 100.0, wobblePercent / 100.0 * distance / duration, 2);
                var ok = Math.Abs(pass.At(pass.End).Displacement - distance) < 1e-12 && pass.At(pass.End).Velocity == 0 && pass.At(pass.Start).Velocity == 0;
                for (var x = 0.01; x < 1; x += 0.0713)
                {
                    var at = pass.Start + (x * duration);
                    const double h = 1e-5;
                    var here = pass.At(at);
                    var velocity = (pass.At(at + h).Displacement - pass.At(at - h).Displacement) / (2 * h);
                    var acceleration = (pass.At(at + h).Velocity - pass.At(at - h).Velocity) / (2 * h);
                    ok &= Math.Abs(velocity - here.Velocity) < 1e-6 + (1e-4 * Math.Abs(here.Velocity));
                    ok &= Math.Abs(acceleration - here.Acceleration) < 1e-3 + (1e-3 * Math.Abs(here.Acceleration));
                }

                return ok;
            });

    [Fact]
    public void ContactSlip_Distance_ReachedAtRest()
    {
        var slip = new ContactSlip(1, 0.5, -0.03);

        Assert.Equal(-0.03, slip.At(1.5).Displacement, 12);
        Assert.Equal(0, slip.At(1.5).Velocity);
        Assert.Equal(0, slip.At(1).Velocity, 12);
        Assert.Equal(-0.015, slip.At(1.25).Displacement, 12);
    }

    [Property(MaxTest = 200)]
    public Property Rotation_FromAxes_MapsUnitAxesOntoTheGivenAxes() =>
        Prop.ForAll(
            Gen.Zip(Gen.Choose(-1000, 1000), Gen.Zip(Gen.Choose(-1000, 1000), Gen.Zip(Gen.Choose(-1000, 1000), Gen.Choose(-3141, 3141)))).ToArbitrary(),
            t =>
            {
                var (x, (y, (z, angle))) = t;
                var axis = new Vec3(x, y, z + 0.5);
                var rotation = Rotation.FromAxisAngle(axis, angle / 1000.0);
                var rebuilt = Rotation.FromAxes(rotation.Rotate(Vec3.UnitX), rotation.Rotate(Vec3.UnitY), rotation.Rotate(Vec3.UnitZ));
                var roundTrip = Rotation.FromRotationVector(rotation.ToRotationVector());
                return Close(rebuilt.Rotate(new Vec3(0.3, -0.5, 0.8)), rotation.Rotate(new Vec3(0.3, -0.5, 0.8)))
                    && Close(roundTrip.Rotate(new Vec3(1, 2, 3)), rotation.Rotate(new Vec3(1, 2, 3)));
            });

    [Fact]
    public void Posture_FaceUpFlat_PelvisAxesPointForwardUpHeadAlongFloor()
    {
        var pose = Posture.OnRoller(Core.Zones.BodyFace.Back, 0, 0, 0);

        // Face up: anterior (+x) points at the ceiling, +y (head) along the floor, +z (right) completes the frame.
        Assert.True(Close(pose.Rotate(Vec3.UnitX), Vec3.UnitZ));
        Assert.True(Close(pose.Rotate(Vec3.UnitY), Vec3.UnitX));
        Assert.True(Close(pose.Rotate(Vec3.UnitZ), new Vec3(0, 1, 0)));
    }

    [Fact]
    public void Posture_Standing_GravityReadsAlongPlusY()
    {
        var pose = Posture.Standing(1.2);

        Assert.True(Close(pose.Inverse.Rotate(new Vec3(0, 0, 9.81)), new Vec3(0, 9.81, 0)));
    }

    private static bool Close(Vec3 a, Vec3 b) => (a - b).Length < 1e-9;
}
