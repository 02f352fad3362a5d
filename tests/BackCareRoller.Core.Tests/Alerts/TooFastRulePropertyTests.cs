using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Core.Tests.Alerts;

public sealed class TooFastRulePropertyTests
{
    /// <summary>A speed profile: segments of (seconds, m/s) at a rate, with optional gaps.</summary>
    public sealed record SpeedProfile(double RateHz, (double Seconds, double Speed, bool GapBefore)[] Segments)
    {
        public RollerMotion[] Motions()
        {
            var motions = new List<RollerMotion>();
            var t = 0.0;
            foreach (var (seconds, speed, gapBefore) in Segments)
            {
                t += gapBefore ? 0.5 : 0;
                var end = t + seconds;
                for (; t < end; t += 1 / RateHz)
                {
                    motions.Add(new RollerMotion(SampleClock.Seconds(t), speed / 0.075, speed, speed > 0, true));
                }
            }

            return [.. motions];
        }

        public override string ToString() =>
            $"{RateHz} Hz: {string.Join(", ", Segments.Select(s => $"{(s.GapBefore ? "gap, " : "")}{s.Seconds:0.00} s at {s.Speed * 100:0.0} cm/s"))}";
    }

    public static class Arbitraries
    {
        public static Arbitrary<SpeedProfile> Profiles()
        {
            var segment =
                from tenths in Gen.Choose(1, 40)
                from mmPerSecond in Gen.Choose(0, 120)
                from gap in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
                select (tenths / 10.0, mmPerSecond / 1000.0, gap);
            var profile =
                from rate in Gen.Elements(25.0, 50.0, 100.0, 400.0)
                from segments in Gen.ArrayOf(segment, 12)
                select new SpeedProfile(rate, segments);
            return profile.ToArbitrary();
        }
    }

    private static List<TooFastState> Run(SpeedProfile profile)
    {
        var states = new List<TooFastState>();
        var state = TooFastState.Initial;
        foreach (var motion in profile.Motions())
        {
            state = TooFastRule.Step(state, motion, TooFastSettings.Default);
            states.Add(state);
        }

        return states;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Step_AnyProfile_AlertsAtLeastThreeSecondsApart(SpeedProfile profile)
    {
        var times = Run(profile).Where(state => state.Raised).Select(state => state.LastTime).ToArray();

        for (var i = 1; i < times.Length; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromSeconds(3), $"alerts at {times[i - 1]} and {times[i]}");
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Step_AnyProfile_AtMostOneAlertPerEpisodeAndOnlyInOne(SpeedProfile profile)
    {
        var alertsThisEpisode = 0;
        foreach (var state in Run(profile))
        {
            alertsThisEpisode = state.InEpisode ? alertsThisEpisode + (state.Raised ? 1 : 0) : 0;
            Assert.True(!state.Raised || state.InEpisode);
            Assert.True(alertsThisEpisode <= 1);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Step_AnyProfile_AverageNeverAboveFastestSpeed(SpeedProfile profile)
    {
        var fastest = profile.Segments.Length == 0 ? 0 : profile.Segments.Max(segment => segment.Speed);

        Assert.All(Run(profile), state => Assert.True(state.AverageMetersPerSecond <= fastest + 1e-12));
    }
}
