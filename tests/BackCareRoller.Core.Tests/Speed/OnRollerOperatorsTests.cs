using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class OnRollerOperatorsTests
{
    [Fact]
    public void OnRoller_ArgumentChecking()
    {
        var samples = Observable.Empty<AlignedSample>();
        Assert.Throws<ArgumentNullException>(() => OnRollerOperators.OnRoller(null!, samples, OnRollerSettings.Default));
        Assert.Throws<ArgumentNullException>(() => samples.OnRoller(null!, OnRollerSettings.Default));
        Assert.Throws<ArgumentNullException>(() => samples.OnRoller(samples, null!));
    }

    [Fact]
    public void OnRoller_SettledBodyThenRoller_OneMarkedSamplePerRollerSample()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var aligned = Steps.Align(SampleBuilder.Interleave(
            SampleBuilder.BodyReclined(SampleClock.Fixed(10, 1.0), 20),
            [SampleBuilder.Roller(0.05, 0.5), SampleBuilder.Roller(0.95, 0.5)]));
        var source = scheduler.Emit([.. aligned.Select(sample => (sample.Sample.Time.TotalSeconds, sample))]);

        var recorded = source.Publish(shared => shared.Where(s => s.Sample.Sensor == SensorRole.Roller)
            .OnRoller(shared.Where(s => s.Sample.Sensor == SensorRole.Body), OnRollerSettings.Default)).Record(scheduler);
        scheduler.Start();

        // Not yet settled for 0.5 s at 0.05 s; settled (0.9 s of reclined stillness) by 0.95 s.
        var rollers = aligned.Where(s => s.Sample.Sensor == SensorRole.Roller).ToArray();
        Assert.Equal(
            [
                Recorded.OnNext(0.05, new OnRollerSample(rollers[0], false)),
                Recorded.OnNext(0.95, new OnRollerSample(rollers[1], true)),
                Recorded.OnCompleted<OnRollerSample>(0.95),
            ],
            recorded);
    }
}
