using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Web.Tests.Support;

/// <summary>
/// A stand-in for the analysis pipeline that makes the host's plumbing testable: every roller sample gives a speed
/// reading of |ωx|·r, and a sample whose ωz is <see cref="LumbarMarker"/> rad/s puts the contact in the lumbar zone
/// and raises a lumbar alert at that sample's time. It also records every sample it sees.
/// </summary>
internal sealed class MarkerPipeline : ILivePipeline
{
    public const float LumbarMarker = 7f;

    private readonly Lock _gate = new();
    private readonly List<ImuSample> _seen = [];
    private readonly List<(Func<IReadOnlyList<ImuSample>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyList<ImuSample> Seen
    {
        get
        {
            lock (_gate)
            {
                return [.. _seen];
            }
        }
    }

    public IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler) =>
        samples.Do(Record).SelectMany(sample => Events(sample, profile));

    /// <summary>Completes when the samples seen so far satisfy <paramref name="condition"/>.</summary>
    public Task WaitForAsync(Func<IReadOnlyList<ImuSample>, bool> condition, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (condition(_seen))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
            return done.Task.WaitAsync(timeout);
        }
    }

    private static IEnumerable<LiveEvent> Events(ImuSample sample, LiveSessionProfile profile)
    {
        if (sample.AngularVelocity.Z == LumbarMarker)
        {
            yield return new LiveZoneEvent(sample.Time, BodyZone.Lumbar, null, RoutineMove.UpperBack);
            yield return new LiveAlertEvent(new Alert(sample.Time, AlertKind.Lumbar));
        }
        else if (sample.Sensor == SensorRole.Roller)
        {
            yield return new LiveSpeedEvent(new SpeedReading(sample.Time, Math.Abs(sample.AngularVelocity.X) * profile.RollerDiameterCm / 200));
        }
    }

    private void Record(ImuSample sample)
    {
        lock (_gate)
        {
            _seen.Add(sample);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition(_seen))
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
