using BackCareRoller.Core.Posture;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests.Posture;

public sealed class PostureEstimatorTests
{
    private static readonly PostureSettings Settings = new();

    private static BodyPosture Run(IEnumerable<ImuSample> samples)
    {
        var state = PostureState.Initial;
        foreach (var sample in samples)
        {
            state = PostureEstimator.Step(state, sample, Settings);
        }

        return state.Current;
    }

    private static IEnumerable<ImuSample> StandThenLie(bool backDown, double recline, double tilt, System.Numerics.Quaternion mount, double rate = 100)
    {
        var standing = BodyStreams.Standing();
        var lying = BodyStreams.Lying(backDown, recline, tilt);
        return BodyStreams.Still(standing, mount, 0, 2.5, rate)
            .Concat(BodyStreams.Turn(standing, lying, mount, 2.5, 2, rate))
            .Concat(BodyStreams.Still(lying, mount, 4.5, 10, rate));
    }

    [Theory]
    [InlineData(true, 10, 0)]
    [InlineData(true, 45, 20)]
    [InlineData(true, 30, -10)]
    [InlineData(false, 15, 25)]
    [InlineData(false, 20, -20)]
    public void Step_LyingAfterStandingWithExactMount_ReadsReclineAndTilt(bool backDown, double recline, double tilt)
    {
        var posture = Run(StandThenLie(backDown, recline, tilt, System.Numerics.Quaternion.Identity));

        Assert.Equal(recline, posture.ReclineRadians * 180 / Math.PI, 1.0);
        Assert.Equal(tilt, posture.TiltRadians * 180 / Math.PI, 1.0);
        Assert.Equal(backDown, posture.BackDown > 0);
    }

    // Rotations about one axis only: a mount turned about both x and z also twists about the long axis (second
    // order, up to ≈ 4° at ±15°), which standing cannot see and the zone estimator learns with the mount yaw.
    [Theory]
    [InlineData(12, 0)]
    [InlineData(-15, 0)]
    [InlineData(0, 14)]
    [InlineData(0, -15)]
    public void Step_MountTiltedAboutForwardOrRight_StandingCalibrationRemovesIt(double aboutX, double aboutZ)
    {
        var posture = Run(StandThenLie(true, 20, 10, BodyStreams.Mount(aboutX, 0, aboutZ)));

        Assert.Equal(20, posture.ReclineRadians * 180 / Math.PI, 1.0);
        Assert.Equal(10, posture.TiltRadians * 180 / Math.PI, 1.5);
    }

    [Theory]
    [InlineData(true, 12)]
    [InlineData(false, 12)]
    public void Step_MountRotatedAboutLongAxis_TiltShiftsAgainstItFaceUpAndWithItFaceDown(bool backDown, double aboutY)
    {
        var posture = Run(StandThenLie(backDown, 20, 5, BodyStreams.Mount(0, aboutY, 0)));

        var expected = 5 - ((backDown ? 1 : -1) * aboutY);
        Assert.Equal(expected, posture.TiltRadians * 180 / Math.PI, 1.0);
    }

    [Fact]
    public void Step_StandingStill_IsUprightAndCalibrated()
    {
        var posture = Run(BodyStreams.Still(BodyStreams.Standing(), BodyStreams.Mount(10, 5, -10), 0, 3, 100));

        Assert.Equal(PostureClass.Upright, posture.Class);
        Assert.True(posture.IsCalibrated);
    }

    [Fact]
    public void Step_NoStandingPhase_StaysUnknownUntilTheWindowCloses()
    {
        var lying = BodyStreams.Lying(true, 10, 0);
        var early = Run(BodyStreams.Still(lying, System.Numerics.Quaternion.Identity, 0, 5, 50));
        var late = Run(BodyStreams.Still(lying, System.Numerics.Quaternion.Identity, 0, 25, 50));

        Assert.Equal(PostureClass.Unknown, early.Class);
        Assert.Equal(PostureClass.FaceUp, late.Class);
        Assert.False(late.IsCalibrated);
    }
}
