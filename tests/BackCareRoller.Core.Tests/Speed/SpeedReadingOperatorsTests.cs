using System.Reactive;
using System.Reactive.Linq;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class SpeedReadingOperatorsTests
{
    private static RollerMotion Motion(double seconds, double speed) =>
        new(TimeSpan.FromSeconds(seconds), speed / 0.075, speed, speed != 0, true);

    [Fact]
    public void SpeedReadings_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => SpeedReadingOperators.SpeedReadings(null!, SpeedReadingSettings.Default));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<RollerMotion>().SpeedReadings(null!));
    }

    [Fact]
    public void SpeedReadings_ThroughAGap_EmitsEveryReadingInterpolatedInTheGapAndTheLastOnCompletion()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var motions = scheduler.Emit(
            (0.00, Motion(0.00, 0.02)),
            (0.04, Motion(0.04, 0.04)),
            (0.06, Motion(0.06, 0.01)),
            (0.35, Motion(0.35, 0.03)));

        var recorded = motions.SpeedReadings(SpeedReadingSettings.Default).Record(scheduler);
        scheduler.Start();

        // Reading 0 (window ±50 ms) is the line through 0.00 s and 0.04 s; the sample rate then looks like 25 Hz, so
        // reading 0.1 s (window ±98 ms) holds the two samples before it and reads their mean. Reading 0.3 s holds
        // only the sample at 0.35 s; 0.2 s, which holds none, is interpolated. No reading follows the last sample.
        Assert.Equal(
            [
                Recorded.OnNext(0.06, new SpeedReading(TimeSpan.Zero, 0.02)),
                Recorded.OnNext(0.35, new SpeedReading(TimeSpan.FromSeconds(0.1), 0.025)),
                Recorded.OnNext(0.35, new SpeedReading(TimeSpan.FromSeconds(0.2), 0.027)),
                Recorded.OnNext(0.35, new SpeedReading(TimeSpan.FromSeconds(0.3), 0.03)),
                Recorded.OnCompleted<SpeedReading>(0.35),
            ],
            recorded.Select(Rounded));
    }

    // Readings to 1 µm/s, so the list can be compared whole despite floating-point sums.
    private static Recorded<SpeedReading> Rounded(Recorded<SpeedReading> recorded) =>
        recorded.Notification.Kind == NotificationKind.OnNext
            ? recorded with { Notification = Notification.CreateOnNext(recorded.Notification.Value with { SpeedMetersPerSecond = Math.Round(recorded.Notification.Value.SpeedMetersPerSecond, 6) }) }
            : recorded;

    [Fact]
    public void SpeedReadings_NoMotions_CompletesWithoutReadings()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var motions = scheduler.Emit<RollerMotion>();

        var recorded = motions.SpeedReadings(SpeedReadingSettings.Default).Record(scheduler);
        scheduler.Start();

        Assert.Equal([Recorded.OnCompleted<SpeedReading>(0.0)], recorded);
    }
}
