using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.LoadHarness;

/// <summary>
/// Until the analysis pipeline is merged, the harness measures the service around it: speed readings at 10 Hz from
/// the roller and a lumbar alert on each marked sample (ωz = <see cref="Marker"/>), so the latency is the host's
/// own: WebSocket in, parse, clock mapping, pipeline hop, storage append, viewer queue, WebSocket out.
/// </summary>
internal sealed class MarkerPipeline : ILivePipeline
{
    public const float Marker = 7;

    public IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler) =>
        Observable.Create<LiveEvent>(observer =>
        {
            var rollerCount = 0;
            return samples.Subscribe(
                sample =>
                {
                    if (sample.AngularVelocity.Z == Marker)
                    {
                        observer.OnNext(new LiveAlertEvent(new Alert(sample.Time, AlertKind.Lumbar)));
                    }
                    else if (sample.Sensor == SensorRole.Roller && ++rollerCount % 10 == 0)
                    {
                        observer.OnNext(new LiveSpeedEvent(new SpeedReading(sample.Time, Math.Abs(sample.AngularVelocity.X) * profile.RollerDiameterCm / 200)));
                    }
                },
                observer.OnError,
                observer.OnCompleted);
        });
}
