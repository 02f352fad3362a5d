using System.Numerics;
using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Bias;
using BackCareRoller.Core.Samples;
using BackCareRoller.TestKit.Samples;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Bias;

public sealed class GyroBiasOperatorsTests
{
    [Fact]
    public void BiasCorrected_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => GyroBiasOperators.BiasCorrected(null!, GyroBiasSettings.Default));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<AlignedSample>().BiasCorrected(null!));
    }

    [Fact]
    public void BiasCorrected_StillThenTurning_EmitsEachSampleWithLearnedBiasRemoved()
    {
        // Zero still duration: each still sample is trusted once the next one is still too. Binary-exact values.
        var settings = new GyroBiasSettings(0.05, TimeSpan.Zero, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.125));
        var bias = new Vector3(0.03125f, 0, 0);
        var scheduler = VirtualClock.CreateScheduler();
        var input = Steps.Align(
        [
            SampleBuilder.Roller(TimeSpan.FromSeconds(0.0), Vector3.Zero, bias),
            SampleBuilder.Roller(TimeSpan.FromSeconds(0.125), Vector3.Zero, bias),
            SampleBuilder.Roller(TimeSpan.FromSeconds(0.25), Vector3.Zero, bias),
            SampleBuilder.Roller(TimeSpan.FromSeconds(0.375), Vector3.UnitX, bias),
        ]);
        var samples = scheduler.Emit(input.Select(sample => (sample.Sample.Time.TotalSeconds, sample)).ToArray());

        var recorded = samples.BiasCorrected(settings).Record(scheduler);
        scheduler.Start();

        AlignedSample Corrected(AlignedSample sample, Vector3 rate) => sample with { Sample = sample.Sample with { AngularVelocity = rate } };
        Assert.Equal(
            [
                Recorded.OnNext(0.0, Corrected(input[0], bias)),
                Recorded.OnNext(0.125, Corrected(input[1], bias)),
                Recorded.OnNext(0.25, Corrected(input[2], Vector3.Zero)),
                Recorded.OnNext(0.375, Corrected(input[3], Vector3.UnitX)),
                Recorded.OnCompleted<AlignedSample>(0.375),
            ],
            recorded);
    }
}
