using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.LoadHarness;

/// <summary>
/// The real analysis pipeline (<see cref="SessionPipeline.SessionEvents"/>, as live sessions run it) plus a lumbar
/// alert on each marked sample (ωz = <see cref="Marker"/>): the marker gives every alert a known triggering sample,
/// so the latency measured is the service's own — WebSocket in, parse, clock mapping, the pipeline's load on the
/// machine, storage append, viewer queue, WebSocket out.
/// </summary>
internal sealed class MarkerPipeline : ILivePipeline
{
    public const float Marker = 7;

    public IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler) =>
        samples.Publish(shared => Observable.Merge(
            shared.SessionEvents(AnalysisSettings.Default.ForRecording(profile.RollerMount, profile.RollerDiameterCm), scheduler)
                .Where(static e => e.Kind is SessionEventKind.SpeedReading or SessionEventKind.Alert)
                .Select(static e => e.Kind == SessionEventKind.Alert ? (LiveEvent)new LiveAlertEvent(e.Alert) : new LiveSpeedEvent(e.Speed)),
            shared.Where(static s => s.AngularVelocity.Z == Marker)
                .Select(static s => (LiveEvent)new LiveAlertEvent(new Alert(s.Time, AlertKind.Lumbar)))));
}
