using System.Numerics;
using System.Reactive.Linq;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.RollAxis;

public sealed class RollAxisOperatorsTests
{
    [Fact]
    public void AxisRates_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => RollAxisOperators.AxisRates(null!, RollAxisSettings.For(RollerMount.FirmwareAxis)));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<OnRollerSample>().AxisRates(null!));
    }

    [Fact]
    public void AxisRates_FirmwareRoller_EmitsRateAboutXWithKnownSignPerSample()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var input = Steps.Align(
        [
            SampleBuilder.Roller(TimeSpan.FromSeconds(0.00), new Vector3(0.5f, 0.1f, 0)),
            SampleBuilder.Roller(TimeSpan.FromSeconds(0.01), new Vector3(-0.25f, 0, 0.1f)),
        ]);
        var samples = scheduler.Emit(input.Select(sample => (sample.Sample.Time.TotalSeconds, new OnRollerSample(sample, true))).ToArray());

        var recorded = samples.AxisRates(RollAxisSettings.For(RollerMount.FirmwareAxis)).Record(scheduler);
        scheduler.Start();

        Assert.Equal(
            [
                Recorded.OnNext(0.0, new AxisRate(TimeSpan.Zero, 0, true, 0.5, true, true)),
                Recorded.OnNext(0.01, new AxisRate(TimeSpan.FromSeconds(0.01), input[1].IntervalSeconds, false, -0.25, true, true)),
                Recorded.OnCompleted<AxisRate>(0.01),
            ],
            recorded);
    }

    [Fact]
    public void AxisRates_UnknownMount_SignNotKnown()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var input = Steps.Align([SampleBuilder.Roller(TimeSpan.Zero, new Vector3(0, 0.3f, 0.4f))]);
        var samples = scheduler.Emit((0.0, new OnRollerSample(input[0], false)));

        var recorded = samples.AxisRates(RollAxisSettings.For(RollerMount.UnknownMount)).Record(scheduler);
        scheduler.Start();

        Assert.Equal(
            [
                Recorded.OnNext(0.0, new AxisRate(TimeSpan.Zero, 0, true, 0.5, false, false)),
                Recorded.OnCompleted<AxisRate>(0.0),
            ],
            recorded);
    }
}
