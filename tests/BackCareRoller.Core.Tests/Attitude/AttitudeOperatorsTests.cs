using System.Numerics;
using System.Reactive;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using BackCareRoller.Core.Attitude;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests.Attitude;

public sealed class AttitudeOperatorsTests
{
    private static readonly AttitudeSettings Defaults = new();

    private static readonly ImuSample[] Samples =
    [
        new(TimeSpan.FromSeconds(1.00), SensorRole.Body, new Vector3(0.5f, 0.1f, 9.8f), new Vector3(0.1f, 0f, 0f)),
        new(TimeSpan.FromSeconds(1.01), SensorRole.Body, new Vector3(0.4f, 0.2f, 9.7f), new Vector3(0.2f, 0.1f, 0f)),
        new(TimeSpan.FromSeconds(1.01), SensorRole.Body, new Vector3(3f, 3f, 3f), new Vector3(5f, 5f, 5f)),
        new(TimeSpan.FromSeconds(1.03), SensorRole.Body, new Vector3(0.3f, 0.2f, 9.9f), new Vector3(0.3f, -0.1f, 0.2f)),
    ];

    [Fact]
    public void Attitudes_Samples_EmitStepResultPerSampleThenComplete()
    {
        var expected = new List<Notification<AttitudeEstimate>>();
        var state = default(AttitudeState);
        var previous = TimeSpan.Zero;
        foreach (var sample in Samples)
        {
            state = AttitudeFilter.Step(state, sample.AngularVelocity, sample.Acceleration, (float)(sample.Time - previous).TotalSeconds, Defaults);
            previous = sample.Time;
            expected.Add(Notification.CreateOnNext(new AttitudeEstimate(sample.Time, state)));
        }

        expected.Add(Notification.CreateOnCompleted<AttitudeEstimate>());

        var recorded = Record(samples => samples.Attitudes(Defaults), subject =>
        {
            foreach (var sample in Samples)
            {
                subject.OnNext(sample);
            }

            subject.OnCompleted();
        });

        Assert.Equal(expected, recorded);
        Assert.Equal(recorded[1].Value.State, recorded[2].Value.State);
    }

    [Fact]
    public void Attitudes_SourceFails_ForwardsTheError()
    {
        var failure = new InvalidOperationException("sensor lost");

        var recorded = Record(samples => samples.Attitudes(Defaults), subject =>
        {
            subject.OnNext(Samples[0]);
            subject.OnError(failure);
        });

        Assert.Equal(2, recorded.Count);
        Assert.Same(failure, recorded[1].Exception);
    }

    [Fact]
    public void Attitudes_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => AttitudeOperators.Attitudes(null!, Defaults));
        Assert.Throws<ArgumentNullException>(() => Observable.Never<ImuSample>().Attitudes(null!));
    }

    private static List<Notification<AttitudeEstimate>> Record(
        Func<IObservable<ImuSample>, IObservable<AttitudeEstimate>> pipeline,
        Action<Subject<ImuSample>> drive)
    {
        using var subject = new Subject<ImuSample>();
        var recorded = new List<Notification<AttitudeEstimate>>();
        using var subscription = pipeline(subject).Materialize().Subscribe(recorded.Add);
        drive(subject);
        return recorded;
    }
}
