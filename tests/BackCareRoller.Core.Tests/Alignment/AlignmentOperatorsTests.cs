using System.Numerics;
using System.Reactive;
using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Alignment;

public sealed class AlignmentOperatorsTests
{
    private static ImuSample Sample(double seconds, SensorRole sensor = SensorRole.Roller) =>
        new(TimeSpan.FromSeconds(seconds), sensor, Vector3.Zero, Vector3.Zero);

    [Fact]
    public void AlignedSamples_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => AlignmentOperators.AlignedSamples(null!, AlignmentSettings.Default));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<ImuSample>().AlignedSamples(null!));
    }

    [Fact]
    public void AlignedSamples_InterleavedWithOneOutOfOrder_EmitsKeptSamplesAtArrivalThenCompletes()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var samples = scheduler.Emit(
            (0.0, Sample(0.0)),
            (0.01, Sample(0.01, SensorRole.Body)),
            (0.02, Sample(0.02)),
            (0.03, Sample(0.015)),
            (0.5, Sample(0.5)));

        var recorded = samples.AlignedSamples(AlignmentSettings.Default).Record(scheduler);
        scheduler.Start();

        Assert.Equal(
            [
                Recorded.OnNext(0.0, new AlignedSample(Sample(0.0), 0, true)),
                Recorded.OnNext(0.01, new AlignedSample(Sample(0.01, SensorRole.Body), 0, true)),
                Recorded.OnNext(0.02, new AlignedSample(Sample(0.02), 0.02, false)),
                Recorded.OnNext(0.5, new AlignedSample(Sample(0.5), 0, true)),
                Recorded.OnCompleted<AlignedSample>(0.5),
            ],
            recorded);
    }

    [Fact]
    public void AlignedSamples_SourceFails_ForwardsError()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var error = new InvalidOperationException("bad row");
        var samples = scheduler.Emit([(0.0, Sample(0.0))], Notification.CreateOnError<ImuSample>(error), 0.1);

        var recorded = samples.AlignedSamples(AlignmentSettings.Default).Record(scheduler);
        scheduler.Start();

        Assert.Equal(
            [
                Recorded.OnNext(0.0, new AlignedSample(Sample(0.0), 0, true)),
                Recorded.OnError<AlignedSample>(0.1, error),
            ],
            recorded);
    }
}
