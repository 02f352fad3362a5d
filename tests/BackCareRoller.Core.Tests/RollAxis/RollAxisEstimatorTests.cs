using System.Numerics;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.RollAxis;

public sealed class RollAxisEstimatorTests
{
    private static readonly RollAxisSettings Unknown = RollAxisSettings.For(RollerMount.UnknownMount);

    // A phone strapped at an odd angle: the roll axis is some direction in its frame.
    private static readonly Vector3 TiltedAxis = Vector3.Normalize(new Vector3(0.3f, -0.8f, 0.5f));

    private static RollAxisState[] Run(IEnumerable<ImuSample> samples, RollAxisSettings settings) =>
        Steps.Fold(RollAxisState.For(settings), Steps.Align(samples), (state, sample) => RollAxisEstimator.Step(state, sample, true, settings));

    private static double DegreesBetween(Vector3 a, Vector3 b) =>
        Math.Acos(Math.Clamp(Vector3.Dot(Vector3.Normalize(a), Vector3.Normalize(b)), -1, 1)) * 180 / Math.PI;

    [Fact]
    public void Step_FirmwareMount_RateIsAboutPlusX()
    {
        var settings = RollAxisSettings.For(RollerMount.FirmwareAxis);

        var states = Run([SampleBuilder.Roller(TimeSpan.Zero, new Vector3(-0.4f, 0.1f, 0.2f))], settings);

        Assert.Equal(-0.4, states[^1].RateRadiansPerSecond, 6);
    }

    [Fact]
    public void Step_UnknownMountBeforeFirstEstimate_RateIsMagnitude()
    {
        var states = Run(SampleBuilder.RollerTurning(-0.5, SampleClock.Fixed(100, 0.2), TiltedAxis), Unknown);

        Assert.False(states[^1].HasAxis);
        Assert.Equal(0.5, states[^1].RateRadiansPerSecond, 5);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(400)]
    public void Step_UnknownMountRollingWithWobbleAndNoise_AxisWithinOneDegree(double rateHz)
    {
        var random = new Random(3);
        var samples = SampleBuilder.RollerProfile(t => 0.6 * Math.Sin(2 * t), SampleClock.Fixed(rateHz, 10), TiltedAxis, Vector3.Zero, 0.01, random);

        var final = Run(samples, Unknown)[^1];

        Assert.True(final.HasAxis);
        Assert.True(Math.Min(DegreesBetween(final.Axis, TiltedAxis), DegreesBetween(final.Axis, -TiltedAxis)) < 1.0);
    }

    [Fact]
    public void Step_UnknownMountRollingBackAndForth_SignStaysConsistent()
    {
        // Forward, backward, forward: the rate about the estimated axis flips with the direction, never on its own.
        var samples = SampleBuilder.RollerProfile(
            t => t < 2 ? 0.5 : t < 4 ? -0.5 : 0.5, SampleClock.Fixed(100, 6), TiltedAxis, Vector3.Zero, 0, new Random(1));

        var states = Run(samples, Unknown);

        var firstSign = Math.Sign(states[100].RateRadiansPerSecond);
        Assert.All(states[30..200], state => Assert.Equal(firstSign, Math.Sign(state.RateRadiansPerSecond)));
        Assert.All(states[200..400], state => Assert.Equal(-firstSign, Math.Sign(state.RateRadiansPerSecond)));
        Assert.All(states[400..], state => Assert.Equal(firstSign, Math.Sign(state.RateRadiansPerSecond)));
    }

    [Fact]
    public void Step_FirstEstimate_LargestComponentPositive()
    {
        var samples = SampleBuilder.RollerTurning(-0.5, SampleClock.Fixed(100, 1), TiltedAxis);

        var final = Run(samples, Unknown)[^1];

        Assert.True(final.Axis.Y > 0, $"axis {final.Axis}");
        Assert.Equal(0.5, final.RateRadiansPerSecond, 4);
    }

    [Fact]
    public void Step_TurningSlowerThanMinimumRate_NotAccumulated()
    {
        var states = Run(SampleBuilder.RollerTurning(0.19, SampleClock.Fixed(100, 2), TiltedAxis), Unknown);

        Assert.Equal(0, states[^1].RollingSeconds);
        Assert.False(states[^1].HasAxis);
    }

    [Fact]
    public void Step_UpdateDue_EstimatesOnlyEveryUpdateInterval()
    {
        var states = Run(SampleBuilder.RollerTurning(0.5, SampleClock.Fixed(100, 2), TiltedAxis), Unknown);

        // First estimate after 0.25 s of rolling (sample 25; the first sample adds no time), then every 0.5 s.
        var updates = states.Select((state, i) => (state, i)).Where(x => x.state.HasAxis && x.state.SinceUpdateSeconds == 0).Select(x => x.i);
        Assert.Equal([25, 75, 125, 175], updates);
    }

    [Fact]
    public void Step_NobodyOnTheRoller_NotAccumulated()
    {
        var samples = Steps.Align(SampleBuilder.RollerTurning(1.0, SampleClock.Fixed(100, 2), TiltedAxis));

        var states = Steps.Fold(RollAxisState.For(Unknown), samples, (state, sample) => RollAxisEstimator.Step(state, sample, false, Unknown));

        Assert.Equal(0, states[^1].RollingSeconds);
        Assert.Equal(1.0, states[^1].RateRadiansPerSecond, 5);
    }

    [Fact]
    public void DominantAxis_RandomScatter_MatchesPowerIteration()
    {
        // Oracle: plain power iteration on the same symmetric matrix, independent of MathNet.
        var random = new Random(11);
        for (var trial = 0; trial < 20; trial++)
        {
            var scatter = default(GyroScatter);
            for (var i = 0; i < 50; i++)
            {
                var v = new Vector3((float)SampleBuilder.Gaussian(random, 1), (float)SampleBuilder.Gaussian(random, 0.3), (float)SampleBuilder.Gaussian(random, 0.1));
                scatter = scatter.Add(v, 0.01, 1.0);
            }

            var m = scatter.ToArray();
            double[] x = [1, 1, 1];
            for (var k = 0; k < 500; k++)
            {
                double[] y = [(m[0, 0] * x[0]) + (m[0, 1] * x[1]) + (m[0, 2] * x[2]), (m[1, 0] * x[0]) + (m[1, 1] * x[1]) + (m[1, 2] * x[2]), (m[2, 0] * x[0]) + (m[2, 1] * x[1]) + (m[2, 2] * x[2])];
                var norm = Math.Sqrt((y[0] * y[0]) + (y[1] * y[1]) + (y[2] * y[2]));
                x = [y[0] / norm, y[1] / norm, y[2] / norm];
            }

            var axis = RollAxisEstimator.DominantAxis(scatter);
            Assert.Equal(1.0, Math.Abs((axis.X * x[0]) + (axis.Y * x[1]) + (axis.Z * x[2])), 4);
        }
    }
}
