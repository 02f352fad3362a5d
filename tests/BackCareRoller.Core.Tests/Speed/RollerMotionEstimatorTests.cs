using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class RollerMotionEstimatorTests
{
    private static AxisRate Rate(double omega, bool onRoller) => new(TimeSpan.FromSeconds(1), 0.01, false, omega, true, onRoller);

    [Theory]
    [InlineData(0.5, 0.075, 0.0375)]
    [InlineData(-0.5, 0.075, 0.0375)]
    [InlineData(2.0, 0.05, 0.1)]
    public void Step_OnRoller_SpeedIsAbsOmegaTimesRadius(double omega, double radius, double speed)
    {
        var motion = RollerMotionEstimator.Step(Rate(omega, true), RollerMotionSettings.Default.WithRollerRadius(radius));

        Assert.Equal(new RollerMotion(TimeSpan.FromSeconds(1), omega, speed, true, true), motion with { TraverseSpeedMetersPerSecond = Math.Round(motion.TraverseSpeedMetersPerSecond, 12) });
    }

    [Fact]
    public void Step_OffRoller_ZeroSpeedNotRollingRateKept()
    {
        var motion = RollerMotionEstimator.Step(Rate(3.0, false), RollerMotionSettings.Default);

        Assert.Equal(new RollerMotion(TimeSpan.FromSeconds(1), 3.0, 0.0, false, true), motion);
    }

    [Fact]
    public void Step_RateExactlyAtRollingThreshold_NotRollingButSpeedReported()
    {
        var motion = RollerMotionEstimator.Step(Rate(0.05, true), RollerMotionSettings.Default);

        Assert.False(motion.IsRolling);
        Assert.Equal(0.05 * 0.075, motion.TraverseSpeedMetersPerSecond, 12);
    }
}
