using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Bias;
using BackCareRoller.Core.Samples;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Bias;

public sealed class GyroBiasEstimatorTests
{
    private static readonly Vector3 Bias = new(0.02f, -0.015f, 0.01f);

    private static GyroBiasState Run(IEnumerable<ImuSample> samples, GyroBiasSettings? settings = null, GyroBiasState? start = null)
    {
        var state = start ?? GyroBiasState.Initial;
        foreach (var sample in Steps.Align(samples))
        {
            state = GyroBiasEstimator.Step(state, sample, settings ?? GyroBiasSettings.Default);
        }

        return state;
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    [InlineData(400)]
    public void Step_StillRollerWithBias_LearnsBiasAfterTwoStillBlocks(double rateHz)
    {
        var state = Run(SampleBuilder.RollerStill(SampleClock.Fixed(rateHz, 1.1), Bias));

        Assert.True(state.HasBias);
        Assert.True(Vector3.Distance(Bias, state.Bias) < 1e-5, $"bias {state.Bias}");
        Assert.True(state.Corrected.Length() < 1e-5);
    }

    [Fact]
    public void Step_StillForLessThanTwoBlocks_NoBiasYet()
    {
        var state = Run(SampleBuilder.RollerStill(SampleClock.Fixed(100, 0.99), Bias));

        Assert.False(state.HasBias);
        Assert.Equal(Bias, state.Corrected);
    }

    [Fact]
    public void Step_BiasMuchLargerThanStillThreshold_StillLearned()
    {
        var large = new Vector3(0.2f, -0.1f, 0.15f);

        var state = Run(SampleBuilder.RollerStill(SampleClock.Fixed(100, 1.1), large));

        Assert.True(Vector3.Distance(large, state.Bias) < 1e-5);
    }

    [Fact]
    public void Step_NoisyStillRollerWithJitter_BiasWithinNoiseOfMean()
    {
        var random = new Random(7);
        var times = SampleClock.Jittered(100, 10, 0.3, random);
        var samples = SampleBuilder.RollerProfile(_ => 0, times, Vector3.UnitX, Bias, 0.01, random);

        var state = Run(samples);

        Assert.True(Vector3.Distance(Bias, state.Bias) < 0.003, $"bias {state.Bias}");
    }

    [Fact]
    public void Step_RollingAfterLearning_BiasUnchangedAndRemoved()
    {
        var learned = Run(SampleBuilder.RollerStill(SampleClock.Fixed(100, 1.1), Bias));
        var rolling = SampleBuilder.RollerTurning(0.5, SampleClock.Fixed(100, 3, start: 1.1), bias: Bias);

        var state = Run(rolling, start: learned);

        Assert.Equal(learned.Bias, state.Bias);
        Assert.True(Vector3.Distance(new Vector3(0.5f, 0, 0), state.Corrected) < 1e-5);
    }

    [Fact]
    public void Step_RateExactlyAtStillThreshold_NotStill()
    {
        // A constant 0.0625 rad/s (exact in float) on a roller whose bias is known to be zero.
        var settings = new GyroBiasSettings(0.0625, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.1));
        var known = GyroBiasState.Initial with { HasBias = true, Started = true };
        var samples = SampleBuilder.RollerTurning(0.0625, SampleClock.Fixed(100, 2));

        var state = Run(samples, settings, known);

        Assert.Equal(Vector3.Zero, state.Bias);
        Assert.Equal(0, state.StillSeconds);
    }

    [Fact]
    public void Step_RollerRockedByBreathingWhileSomeoneLiesOnIt_BiasUnmoved()
    {
        // 0.04 rad/s of rocking at 0.25 Hz (3 mm of contact travel per breath on a 15 cm roller) for 30 s.
        var learned = Run(SampleBuilder.RollerStill(SampleClock.Fixed(100, 1.1), Bias));
        var rocking = SampleBuilder.RollerProfile(
            t => 0.04 * Math.Sin(2 * Math.PI * 0.25 * t), SampleClock.Fixed(100, 30, start: 1.1), Vector3.UnitX, Bias, 0.003, new Random(2));

        var state = Run(rocking, start: learned);

        Assert.True(Vector3.Distance(Bias, state.Bias) < 0.002, $"bias {state.Bias}");
    }

    [Fact]
    public void Step_BiasDriftsWhileStill_Followed()
    {
        // Bias ramps from 0.01 to 0.03 rad/s over 20 s: a thermal drift of 1 mrad/s per second.
        var samples = SampleClock.Fixed(100, 20).Select(time =>
            SampleBuilder.Roller(time, Vector3.Zero, new Vector3((float)(0.01 + (0.001 * time.TotalSeconds)), 0, 0)));

        var state = Run(samples);

        // A first-order low-pass with τ = 2 s lags a ramp by τ·slope = 2 mrad/s, and trusting a block only after the
        // next one adds about one block (0.5 s) more.
        Assert.InRange(state.Bias.X, 0.03 - 0.0035, 0.03 - 0.002);
    }

    [Fact]
    public void Step_GapWhileStill_KeepsBiasAndRestartsStillTimer()
    {
        var learned = Run(SampleBuilder.RollerStill(SampleClock.Fixed(100, 1.1), Bias));
        var afterGap = Steps.Align(SampleBuilder.RollerStill(SampleClock.Fixed(100, 1.1), Bias)
            .Concat(SampleBuilder.RollerStill([TimeSpan.FromSeconds(5)], Bias)));

        var state = GyroBiasEstimator.Step(learned, afterGap[^1], GyroBiasSettings.Default);

        Assert.True(afterGap[^1].FollowsGap);
        Assert.Equal(learned.Bias, state.Bias);
        Assert.Equal(0, state.StillSeconds);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(400)]
    public void Step_RollingStartsAfterStillness_FirstRollingSamplesDoNotLeakIntoBias(double rateHz)
    {
        var samples = SampleBuilder.RollerProfile(t => t < 3 ? 0 : 1.0, SampleClock.Fixed(rateHz, 4), Vector3.UnitX, Bias, 0, new Random(1));

        var state = Run(samples);

        Assert.True(Vector3.Distance(Bias, state.Bias) < 1e-5, $"bias {state.Bias}");
    }

    [Fact]
    public void Step_SteadyRollFasterThanMaxInitialBiasBeforeAnyStillness_NotTakenForBias()
    {
        var state = Run(SampleBuilder.RollerTurning(0.31, SampleClock.Fixed(100, 3)));

        Assert.False(state.HasBias);
    }

    [Fact]
    public void Step_RollingBeforeAnyStillness_DoesNotLearnTheRollingRate()
    {
        // Rolling with changing speed, never still: nothing is learned.
        var samples = SampleBuilder.RollerProfile(t => 0.5 + (0.3 * Math.Sin(3 * t)), SampleClock.Fixed(100, 5), Vector3.UnitX, Bias, 0, new Random(1));

        var state = Run(samples);

        Assert.False(state.HasBias);
    }
}
