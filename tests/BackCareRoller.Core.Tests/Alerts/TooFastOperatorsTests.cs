using System.Reactive.Linq;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Alerts;

public sealed class TooFastOperatorsTests
{
    [Fact]
    public void TooFastAlerts_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => TooFastOperators.TooFastAlerts(null!, TooFastSettings.Default));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<RollerMotion>().TooFastAlerts(null!));
    }

    [Fact]
    public void TooFastAlerts_TwoEpisodes_OneAlertEachAtTheTriggeringSampleTime()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var motions = TooFastRuleTests.Profile(10, (1.0, 0.0), (1.0, 0.08), (3.0, 0.0), (1.0, 0.08));
        var input = scheduler.Emit(motions.Select(motion => (motion.Time.TotalSeconds, motion)).ToArray());

        var recorded = input.TooFastAlerts(TooFastSettings.Default).Record(scheduler);
        scheduler.Start();

        // 0.1 s buckets at 10 Hz: the average first exceeds 5 cm/s at 1.6 s (0.08 × 0.7 s of 1 s).
        Assert.Equal(
            [
                Recorded.OnNext(1.6, new Alert(TimeSpan.FromSeconds(1.6), AlertKind.TooFast)),
                Recorded.OnNext(5.6, new Alert(TimeSpan.FromSeconds(5.6), AlertKind.TooFast)),
                Recorded.OnCompleted<Alert>(5.9),
            ],
            recorded);
    }
}
