using System.Reactive.Linq;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class RollerMotionOperatorsTests
{
    [Fact]
    public void RollerMotions_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => RollerMotionOperators.RollerMotions(null!, RollerMotionSettings.Default));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<AxisRate>().RollerMotions(null!));
    }

    [Fact]
    public void RollerMotions_OffThenOn_MotionPerRateAtItsTime()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var rates = scheduler.Emit(
            (0.0, new AxisRate(TimeSpan.Zero, 0, true, 1.0, true, false)),
            (0.5, new AxisRate(TimeSpan.FromSeconds(0.5), 0.5, false, -1.0, true, true)));

        var recorded = rates.RollerMotions(RollerMotionSettings.Default).Record(scheduler);
        scheduler.Start();

        Assert.Equal(
            [
                Recorded.OnNext(0.0, new RollerMotion(TimeSpan.Zero, 1.0, 0.0, false, true)),
                Recorded.OnNext(0.5, new RollerMotion(TimeSpan.FromSeconds(0.5), -1.0, 0.075, true, true)),
                Recorded.OnCompleted<RollerMotion>(0.5),
            ],
            recorded);
    }
}
