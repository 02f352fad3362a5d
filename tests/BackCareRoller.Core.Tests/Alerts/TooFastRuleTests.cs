using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Speed;

using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Alerts;

public sealed class TooFastRuleTests
{
    private static readonly TooFastSettings Settings = TooFastSettings.Default;

    /// <summary>Motions at <paramref name="rateHz"/> from t = 0, each segment a (seconds, m/s) pair.</summary>
    internal static RollerMotion[] Profile(double rateHz, params (double Seconds, double Speed)[] segments)
    {
        var motions = new List<RollerMotion>();
        var end = 0.0;
        var i = 0L;
        foreach (var (seconds, speed) in segments)
        {
            end += seconds;
            for (; (i / rateHz) < end - 1e-9; i++)
            {
                motions.Add(new RollerMotion(SampleClock.Seconds(i / rateHz), speed / 0.075, speed, speed > 0, true));
            }
        }

        return [.. motions];
    }

    private static TooFastState[] Run(RollerMotion[] motions, TooFastSettings? settings = null) =>
        Steps.Fold(TooFastState.Initial, motions, (state, motion) => TooFastRule.Step(state, motion, settings ?? Settings));

    private static double[] AlertTimes(TooFastState[] states) =>
        [.. states.Where(state => state.Raised).Select(state => Math.Round(state.LastAlertTime.TotalSeconds, 6))];

    [Fact]
    public void Step_StepUpFromStill_AlertsWhenOneSecondAverageCrossesFive()
    {
        // 2 s still, then 8 cm/s: the 1 s average is 0.08·(t − 1.99), above 0.05 from t = 2.615 s.
        var states = Run(Profile(100, (2.0, 0.0), (3.0, 0.08)));

        Assert.Equal([2.62], AlertTimes(states));
        Assert.Equal(0.08 * 0.63, states[262].AverageMetersPerSecond, 9);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(400)]
    public void Step_SameProfileAtOtherRates_AlertsAtSameTimeWithinOneSample(double rateHz)
    {
        var states = Run(Profile(rateHz, (2.0, 0.0), (3.0, 0.08)));

        var time = Assert.Single(AlertTimes(states));
        // The sample at 2.0 s stands for the interval before it, so the crossing moves by up to one interval.
        Assert.InRange(time, 2.615 - (1 / rateHz), 2.625 + (1 / rateHz));
    }

    [Fact]
    public void Step_AverageExactlyAtRaiseThreshold_NoAlert()
    {
        // 64 Hz and 0.0625 m/s are exact in binary, so the average is exactly the threshold.
        var settings = Settings.WithThresholds(0.0625, 0.04);

        var states = Run(Profile(64, (5.0, 0.0625)), settings);

        Assert.Empty(AlertTimes(states));
        Assert.Equal(0.0625, states[^1].AverageMetersPerSecond);
    }

    [Fact]
    public void Step_AverageJustAboveRaiseThreshold_Alerts()
    {
        var settings = Settings.WithThresholds(0.0625, 0.04);

        var states = Run(Profile(64, (5.0, 0.0626)), settings);

        Assert.Single(AlertTimes(states));
    }

    [Fact]
    public void Step_DipBetweenClearAndRaiseThresholds_SameEpisodeNoSecondAlert()
    {
        var states = Run(Profile(100, (2.0, 0.06), (3.0, 0.045), (3.0, 0.06)));

        Assert.Single(AlertTimes(states));
        Assert.True(states[^1].InEpisode);
    }

    [Fact]
    public void Step_AverageExactlyAtClearThreshold_EpisodeGoesOn()
    {
        var settings = Settings.WithThresholds(0.0625, 0.03125);

        var states = Run(Profile(64, (2.0, 0.07), (3.0, 0.03125)), settings);

        Assert.True(states[^1].InEpisode);
    }

    [Fact]
    public void Step_ClearedThenFastAgainAfterMoreThanThreeSeconds_SecondAlert()
    {
        var states = Run(Profile(100, (2.0, 0.06), (3.0, 0.02), (3.0, 0.06)));

        Assert.Equal(2, AlertTimes(states).Length);
    }

    [Fact]
    public void Step_NewEpisodeWithinThreeSecondsOfLastAlert_AlertDeferredUntilThreeSecondsPassed()
    {
        // Alert at 0.01 s (the average of 6 cm/s is above 5 at once); cleared by 1.2 s; fast again from 1.5 s.
        var states = Run(Profile(100, (0.6, 0.06), (0.9, 0.0), (4.0, 0.06)));

        var times = AlertTimes(states);
        Assert.Equal(2, times.Length);
        Assert.Equal(times[0] + 3.0, times[1], 6);
    }

    [Fact]
    public void Step_EpisodeEndsBeforeRateLimitPasses_NeverAlerted()
    {
        var states = Run(Profile(100, (0.6, 0.06), (0.9, 0.0), (0.6, 0.06), (5.0, 0.0)));

        Assert.Single(AlertTimes(states));
    }

    [Fact]
    public void Step_GapLongerThanWindow_AverageRestartsFromTheDataAfterIt()
    {
        var before = Run(Profile(100, (1.0, 0.06)));
        var afterGap = new RollerMotion(TimeSpan.FromSeconds(3.0), 0, 0.0, false, true);

        var state = TooFastRule.Step(before[^1], afterGap, Settings);

        Assert.Equal(0.0, state.AverageMetersPerSecond);
    }

    [Fact]
    public void Step_GapShorterThanWindow_AddsNoTimeToTheAverage()
    {
        // 0.2 s gap (below the 0.25 s gap threshold is continuous; above it adds nothing): 0.3 s is a gap.
        var before = Run(Profile(100, (1.0, 0.02)));
        var afterGap = new RollerMotion(TimeSpan.FromSeconds(1.29), 0, 0.02, true, true);

        var state = TooFastRule.Step(before[^1], afterGap, Settings);

        Assert.Equal(0.02, state.AverageMetersPerSecond, 9);
    }
}
