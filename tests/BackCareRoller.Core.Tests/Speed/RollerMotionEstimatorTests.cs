using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class RollerMotionEstimatorTests
{
    private static readonly RollerMotionSettings Settings = RollerMotionSettings.Default;

    private static RollerMotionState[] Run(IEnumerable<AxisRate> rates, RollerMotionState? start = null) =>
        Steps.Fold(start ?? RollerMotionState.Initial, rates, (state, rate) => RollerMotionEstimator.Step(state, rate, Settings));

    private static RollerMotionState Body(IEnumerable<ImuSample> body, RollerMotionState? start = null)
    {
        var state = start ?? RollerMotionState.Initial;
        foreach (var sample in Steps.Align(body))
        {
            state = RollerMotionEstimator.StepBody(state, sample, Settings);
        }

        return state;
    }

    [Fact]
    public void Step_RollingLongerThanMinimumPass_SpeedIsOmegaTimesRadiusFromThen()
    {
        var states = Run(MotionInputs.Rates(100, 0, (2.0, -0.5)));

        Assert.All(states[..100], state => Assert.Equal(0.0, state.Motion.TraverseSpeedMetersPerSecond));
        Assert.All(states[101..], state =>
        {
            Assert.Equal(0.5 * 0.075, state.Motion.TraverseSpeedMetersPerSecond, 12);
            Assert.True(state.Motion.IsRolling);
            Assert.Equal(-0.5, state.Motion.AxisRateRadiansPerSecond);
        });
    }

    [Fact]
    public void Step_NudgeShorterThanMinimumPass_NeverCounts()
    {
        var states = Run(MotionInputs.Rates(100, 0, (0.9, 2.0), (3.0, 0.0)));

        Assert.All(states, state => Assert.False(state.OnRoller));
        Assert.All(states, state => Assert.Equal(0.0, state.Motion.TraverseSpeedMetersPerSecond));
    }

    [Fact]
    public void Step_TwoNudgesApartByMoreThanPassBreak_NotAddedUp()
    {
        var states = Run(MotionInputs.Rates(100, 0, (0.6, 1.0), (0.6, 0.0), (0.6, 1.0), (1.0, 0.0)));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_TurnShorterThanPassBreakInsideAStretch_StillBecomesAPass()
    {
        var states = Run(MotionInputs.Rates(100, 0, (0.6, 1.0), (0.3, 0.0), (0.6, -1.0)));

        Assert.True(states[^1].OnRoller);
    }

    [Fact]
    public void Step_PauseShorterThanRelease_StaysOnRollerWithZeroSpeed()
    {
        var states = Run(MotionInputs.Rates(100, 0, (2.0, 0.5), (30.0, 0.0), (0.1, 0.5)));

        Assert.True(states[^1].OnRoller);
        Assert.True(states[^1].Motion.IsRolling);
        Assert.Equal(0.0, states[^20].Motion.TraverseSpeedMetersPerSecond);
    }

    [Fact]
    public void Step_StillForReleaseTime_LeavesRoller()
    {
        var states = Run(MotionInputs.Rates(50, 0, (2.0, 0.5), (40.1, 0.0), (0.5, 0.5)));

        Assert.False(states[^1].OnRoller);
        Assert.Equal(0.0, states[^1].Motion.TraverseSpeedMetersPerSecond);
    }

    [Fact]
    public void Step_RateExactlyAtRollingThreshold_NotRolling()
    {
        var states = Run(MotionInputs.Rates(100, 0, (3.0, 0.05)));

        Assert.All(states, state => Assert.False(state.Motion.IsRolling));
    }

    [Fact]
    public void Step_BodyStanding_RollingNeverCounts()
    {
        var standing = Body(SampleBuilder.BodyStanding(SampleClock.Fixed(50, 2)));

        var states = Run(MotionInputs.Rates(100, 2, (5.0, 1.0)), standing);

        Assert.True(standing.BodyUpright);
        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_BodyStandsUpWhileOnRoller_LeavesRollerAtOnce()
    {
        var onRoller = Run(MotionInputs.Rates(100, 0, (2.0, 0.5)))[^1];
        var standing = Body(SampleBuilder.BodyStanding(SampleClock.Fixed(50, 2, start: 2)), onRoller);

        var state = RollerMotionEstimator.Step(standing, new AxisRate(TimeSpan.FromSeconds(4), 0.01, false, 0.5, true), Settings);

        Assert.True(onRoller.OnRoller);
        Assert.False(state.OnRoller);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    [InlineData(50)]
    public void StepBody_Reclined_NotUpright(double degreesAboveHorizontal)
    {
        var state = Body(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 2), degreesAboveHorizontal));

        Assert.False(state.BodyUpright);
    }

    [Fact]
    public void StepBody_StandingStillWithTiltedMount_CalibratesUpAndLaterReclineIsSeen()
    {
        // Mount tilted 15° about z: standing "up" leans toward +x, and calibration learns that lean.
        var tilt = 15 * Math.PI / 180;
        var up = new Vector3((float)(Math.Sin(tilt) * SampleBuilder.Gravity), (float)(Math.Cos(tilt) * SampleBuilder.Gravity), 0);
        var standing = SampleClock.Fixed(50, 2).Select(time => new ImuSample(time, SensorRole.Body, up, Vector3.Zero));

        var state = Body(standing);

        Assert.True(state.Calibrated);
        Assert.True(Vector3.Distance(Vector3.Normalize(up), state.Up) < 1e-3);
        Assert.True(state.BodyUpright);
    }

    [Fact]
    public void StepBody_SessionStartsReclined_UpStaysPlusY()
    {
        var state = Body(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 3), 20));

        Assert.False(state.Calibrated);
        Assert.Equal(Vector3.UnitY, state.Up);
    }

    [Fact]
    public void StepBody_LatestInputIsBody_HasNoNewMotion()
    {
        var onRoller = Run(MotionInputs.Rates(100, 0, (0.1, 0.5)))[^1];

        var state = RollerMotionEstimator.StepBody(onRoller, new AlignedSample(SampleBuilder.BodyStanding([TimeSpan.Zero]).First(), 0, true), Settings);

        Assert.True(onRoller.HasMotion);
        Assert.False(state.HasMotion);
    }
}
