using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Hosting.Live;

/// <summary>
/// The live sessions' pipeline: the same <see cref="SessionPipeline.SessionEvents"/> composition as <c>analyze</c>,
/// set up for the session's roller mount and diameter. Speed readings (10 Hz), alerts and zone changes go to the
/// viewers and storage; the per-sample roller motions stay inside (they would cost an event per sample).
/// </summary>
internal sealed class SessionPipelineAdapter(AnalysisSettings settings) : ILivePipeline
{
    public SessionPipelineAdapter()
        : this(AnalysisSettings.Default)
    {
    }

    public IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var sessionSettings = settings.ForRecording(profile.RollerMount, profile.RollerDiameterCm);
        return samples.SessionEvents(sessionSettings, scheduler)
            .Where(static e => e.Kind != SessionEventKind.RollerMotion)
            .Select(static e => e.Kind switch
            {
                SessionEventKind.SpeedReading => (LiveEvent)new LiveSpeedEvent(e.Speed),
                SessionEventKind.Alert => new LiveAlertEvent(e.Alert),
                _ => new LiveZoneEvent(e.Time, e.Zone, e.Side, RoutineMove.None),
            });
    }
}
