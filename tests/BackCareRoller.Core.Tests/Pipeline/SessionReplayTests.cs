using System.Numerics;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;
using BackCareRoller.TestKit.Samples;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Core.Tests.Pipeline;

public sealed class SessionReplayTests
{
    /// <summary>A constant rotation: roller radius, rate and sample rate, bias and sensor mount.</summary>
    public sealed record ConstantRotation(double RadiusMeters, double Omega, double RateHz, Vector3 Bias, RollerMount Mount);

    public static class Arbitraries
    {
        public static Arbitrary<ConstantRotation> Rotations() =>
            (from radiusMm in Gen.Choose(50, 90)
             from omegaMilli in Gen.Choose(100, 4000)
             from sign in Gen.Elements(-1.0, 1.0)
             from rate in Gen.Elements(25.0, 60.0, 100.0, 400.0)
             from biasMilli in Gen.Choose(-30, 30)
             from mount in Gen.Elements(RollerMount.FirmwareAxis, RollerMount.UnknownMount)
             select new ConstantRotation(radiusMm / 1000.0, sign * omegaMilli / 1000.0, rate, new Vector3(biasMilli / 1000f, -biasMilli / 2000f, 0.01f), mount))
            .ToArbitrary();
    }

    private static IEnumerable<ImuSample> StillThenTurning(ConstantRotation rotation, double stillSeconds, double turningSeconds)
    {
        var axis = rotation.Mount == RollerMount.FirmwareAxis ? Vector3.UnitX : Vector3.Normalize(new Vector3(0.5f, -0.3f, 0.8f));
        var roller = SampleBuilder.RollerProfile(
            t => t < stillSeconds ? 0 : rotation.Omega, SampleClock.Fixed(rotation.RateHz, stillSeconds + turningSeconds), axis, rotation.Bias, 0, new Random(1));
        var body = SampleBuilder.BodyReclined(SampleClock.Fixed(50, stillSeconds + turningSeconds), 20);
        return SampleBuilder.Interleave(roller, body);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public void Collect_ConstantRotation_SpeedReadingsAreOmegaTimesRadius(ConstantRotation rotation)
    {
        var settings = AnalysisSettings.Default.ForRecording(rotation.Mount, rotation.RadiusMeters * 200);

        var events = SessionReplay.Collect(StillThenTurning(rotation, 2, 4), settings);

        // From a pass confirmed (1 s of rolling) and a first axis estimate, every reading is |ω|·r.
        var readings = events.Where(e => e.Kind == SessionEventKind.SpeedReading && e.Time >= TimeSpan.FromSeconds(3.2) && e.Time <= TimeSpan.FromSeconds(5.9)).ToArray();
        Assert.NotEmpty(readings);
        Assert.All(readings, e => Assert.Equal(Math.Abs(rotation.Omega) * rotation.RadiusMeters, e.Speed.SpeedMetersPerSecond, tolerance: 1e-5));
    }

    [Fact]
    public void Collect_RollingAtTenCentimetresPerSecond_OneTooFastAlert()
    {
        var rotation = new ConstantRotation(0.075, 0.1 / 0.075, 100, Vector3.Zero, RollerMount.FirmwareAxis);

        var events = SessionReplay.Collect(StillThenTurning(rotation, 2, 6), AnalysisSettings.Default);

        var alert = Assert.Single(events, e => e.Kind == SessionEventKind.Alert);
        Assert.Equal(AlertKind.TooFast, alert.Alert.Kind);

        // On the roller all along (the body lies settled); the 1 s mean of 10 cm/s passes 5 cm/s half a second in.
        Assert.InRange(alert.Time.TotalSeconds, 2.45, 2.55);
    }

    [Fact]
    public void Collect_NoBodySensorRollingAtTenCentimetresPerSecond_AlertHalfASecondAfterThePassIsConfirmed()
    {
        var rotation = new ConstantRotation(0.075, 0.1 / 0.075, 100, Vector3.Zero, RollerMount.FirmwareAxis);
        var rollerOnly = StillThenTurning(rotation, 2, 6).Where(sample => sample.Sensor == SensorRole.Roller);

        var events = SessionReplay.Collect(rollerOnly, AnalysisSettings.Default);

        // On the roller from 3.0 s (a 1 s pass); the 1 s mean of 10 cm/s passes 5 cm/s half a second later.
        var alert = Assert.Single(events, e => e.Kind == SessionEventKind.Alert);
        Assert.InRange(alert.Time.TotalSeconds, 3.45, 3.6);
    }

    [Fact]
    public void Collect_Empty_NoEvents() =>
        Assert.Empty(SessionReplay.Collect([], AnalysisSettings.Default));

    [Fact]
    public void Run_SampleSequenceThrows_RethrowsTheOriginalException()
    {
        static IEnumerable<ImuSample> Failing()
        {
            yield return SampleBuilder.Roller(0.0, 0);
            throw new FormatException("line 3: bad row");
        }

        var error = Assert.Throws<FormatException>(() => SessionReplay.Run(Failing(), AnalysisSettings.Default, _ => { }));
        Assert.Equal("line 3: bad row", error.Message);
    }

    [Fact]
    public void Run_InterleavedSensorsSlightlyOutOfOrder_ReturnsLatestTimeAndKeepsAll()
    {
        ImuSample[] samples =
        [
            SampleBuilder.Roller(0.10, 0),
            SampleBuilder.BodyStanding([TimeSpan.FromSeconds(0.08)]).Single(),
            SampleBuilder.Roller(0.12, 0),
        ];
        var motions = 0;

        var end = SessionReplay.Run(samples, AnalysisSettings.Default, e => motions += e.Kind == SessionEventKind.RollerMotion ? 1 : 0);

        Assert.Equal(TimeSpan.FromSeconds(0.12), end);
        Assert.Equal(2, motions);
    }

    [Fact]
    public void Run_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => SessionReplay.Run(null!, AnalysisSettings.Default, _ => { }));
        Assert.Throws<ArgumentNullException>(() => SessionReplay.Run([], null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => SessionReplay.Run([], AnalysisSettings.Default, null!));
        Assert.Throws<ArgumentNullException>(() => SessionReplay.Collect(null!, AnalysisSettings.Default));
    }
}
