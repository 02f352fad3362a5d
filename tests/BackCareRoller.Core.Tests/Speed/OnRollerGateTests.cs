using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class OnRollerGateTests
{
    private static readonly OnRollerSettings Settings = OnRollerSettings.Default;

    private static OnRollerState[] Run(IEnumerable<AlignedSample> samples, OnRollerState? start = null) =>
        Steps.Fold(start ?? OnRollerState.Initial, samples, (state, sample) => sample.Sample.Sensor == SensorRole.Body
            ? OnRollerGate.StepBody(state, sample, Settings)
            : OnRollerGate.Step(state, sample, Settings));

    private static AlignedSample[] Merge(params AlignedSample[][] streams) =>
        [.. streams.SelectMany(s => s).OrderBy(s => s.Sample.Time).ThenBy(s => s.Sample.Sensor)];

    private static ImuSample[] Turning(IEnumerable<ImuSample> body, double rate) =>
        [.. body.Select(s => s with { AngularVelocity = new Vector3(0, 0, (float)rate) })];

    [Fact]
    public void Step_NoBodyRollingLongerThanMinimumPass_OnFromThen()
    {
        var states = Run(MotionInputs.Rollers(100, 0, (2.0, -0.5)));

        Assert.All(states[..100], state => Assert.False(state.OnRoller));
        Assert.All(states[101..], state => Assert.True(state.OnRoller));
    }

    [Fact]
    public void Step_NoBodyNudgeShorterThanMinimumPass_NeverOn()
    {
        var states = Run(MotionInputs.Rollers(100, 0, (0.9, 2.0), (3.0, 0.0)));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_NoBodyTwoNudgesApartByMoreThanPassBreak_NotAddedUp()
    {
        var states = Run(MotionInputs.Rollers(100, 0, (0.6, 1.0), (0.6, 0.0), (0.6, 1.0), (1.0, 0.0)));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_NoBodyTurnShorterThanPassBreakInsideAStretch_StillBecomesAPass()
    {
        var states = Run(MotionInputs.Rollers(100, 0, (0.6, 1.0), (0.3, 0.0), (0.6, -1.0)));

        Assert.True(states[^1].OnRoller);
    }

    [Fact]
    public void Step_NoBodyPauseShorterThanRelease_StaysOn()
    {
        var states = Run(MotionInputs.Rollers(100, 0, (2.0, 0.5), (30.0, 0.0), (0.1, 0.5)));

        Assert.True(states[^1].OnRoller);
    }

    [Fact]
    public void Step_NoBodyStillForReleaseTime_Off()
    {
        var states = Run(MotionInputs.Rollers(50, 0, (2.0, 0.5), (40.1, 0.0), (0.5, 0.5)));

        Assert.False(states[^1].OnRoller);
    }

    [Fact]
    public void Step_NoBodyRateExactlyAtMovingThreshold_NotMoving()
    {
        // 0.0625 is exact in float and double.
        var settings = Settings with { MovingThresholdRadiansPerSecond = 0.0625 };

        var states = Steps.Fold(OnRollerState.Initial, MotionInputs.Rollers(100, 0, (3.0, 0.0625)), (state, sample) => OnRollerGate.Step(state, sample, settings));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_NoBodyRollerLiftedAndTurnedInTheHands_NeverOn()
    {
        // Held with its axis tilted up: gravity along the rotation.
        var lifted = MotionInputs.Rollers(100, 0, (3.0, 0.8)).Select(s => s with
        {
            Sample = s.Sample with { Acceleration = new Vector3(6, 0, 7.6f) },
        });

        var states = Run(lifted);

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_NoBodyKickFasterThanAnyPass_EndsThePass()
    {
        var states = Run(MotionInputs.Rollers(100, 0, (0.8, 1.0), (0.1, 6.0), (0.8, 1.0)));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_BodyStanding_LongKickNeverCounts()
    {
        var body = MotionInputs.Bodies(SampleBuilder.BodyStanding(SampleClock.Fixed(50, 6)));
        var roller = MotionInputs.Rollers(100, 2, (3.0, 4.0));

        var states = Run(Merge(body, roller));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_BodySettledReclined_OnAtOnceWithoutWaitingForAPass()
    {
        var body = MotionInputs.Bodies(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 3), 20));
        var roller = MotionInputs.Rollers(100, 1, (0.2, 0.5));

        var states = Run(Merge(body, roller));

        Assert.True(states[^1].OnRoller);
    }

    [Fact]
    public void Step_BodyReclinedButTurningLikeATransition_NudgeDoesNotCount()
    {
        var body = MotionInputs.Bodies(Turning(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 3), 30), 0.8));
        var roller = MotionInputs.Rollers(100, 1, (1.5, 1.0));

        var states = Run(Merge(body, roller));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_OnThenBodyTurnsFast_Off()
    {
        var settled = MotionInputs.Bodies(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 2), 20));
        var turning = MotionInputs.Bodies(Turning(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 1, start: 2), 20), 1.0));
        var roller = MotionInputs.Rollers(100, 1, (2.0, 0.5));

        var states = Run(Merge([.. settled, .. turning.Select(s => s with { FollowsGap = false, IntervalSeconds = 0.02 })], roller));

        Assert.True(states.First(s => s.HasBody && s.LastBodyTime > TimeSpan.FromSeconds(1.5)).OnRoller);
        Assert.False(states[^1].OnRoller);
    }

    [Fact]
    public void Step_BodySilentForSecondsWhileStanding_LiftStillDoesNotCount()
    {
        var body = MotionInputs.Bodies(SampleBuilder.BodyStanding(SampleClock.Fixed(50, 1)));
        var roller = MotionInputs.Rollers(100, 3, (3.0, 2.0));

        var states = Run(Merge(body, roller));

        Assert.All(states, state => Assert.False(state.OnRoller));
    }

    [Fact]
    public void Step_BodySilentLongerThanStaleTime_RollerOnlyRuleApplies()
    {
        var body = MotionInputs.Bodies(SampleBuilder.BodyStanding(SampleClock.Fixed(50, 1)));
        var roller = MotionInputs.Rollers(100, 12, (2.0, 0.5));

        var states = Run(Merge(body, roller));

        Assert.True(states[^1].OnRoller);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    [InlineData(60)]
    public void StepBody_Reclined_NotUpright(double degreesAboveHorizontal)
    {
        var state = Run(MotionInputs.Bodies(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 2), degreesAboveHorizontal)))[^1];

        Assert.False(state.BodyUpright);
    }

    [Fact]
    public void StepBody_StandingStillWithTiltedMount_CalibratesUp()
    {
        // Mount tilted 15° about z: standing "up" leans toward +x, and calibration learns that lean.
        var tilt = 15 * Math.PI / 180;
        var up = new Vector3((float)(Math.Sin(tilt) * SampleBuilder.Gravity), (float)(Math.Cos(tilt) * SampleBuilder.Gravity), 0);
        var standing = SampleClock.Fixed(50, 2).Select(time => new ImuSample(time, SensorRole.Body, up, Vector3.Zero));

        var state = Run(MotionInputs.Bodies(standing))[^1];

        Assert.True(state.Calibrated);
        Assert.True(Vector3.Distance(Vector3.Normalize(up), state.Up) < 1e-3);
        Assert.True(state.BodyUpright);
    }

    [Fact]
    public void StepBody_StandingStillOnlyAfterCalibrationWindow_NotCalibrated()
    {
        var state = Run(MotionInputs.Bodies(SampleBuilder.BodyStanding(SampleClock.Fixed(50, 3, start: 20))))[^1];

        Assert.False(state.Calibrated);
    }

    [Fact]
    public void StepBody_SessionStartsReclined_UpStaysPlusY()
    {
        var state = Run(MotionInputs.Bodies(SampleBuilder.BodyReclined(SampleClock.Fixed(50, 3), 20)))[^1];

        Assert.False(state.Calibrated);
        Assert.Equal(Vector3.UnitY, state.Up);
    }
}
