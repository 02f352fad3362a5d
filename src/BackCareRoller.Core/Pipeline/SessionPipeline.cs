using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Bias;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Pipeline;

/// <summary>
/// The whole analysis as one composition of stages, the same for live sensors and recordings:
/// samples → per-sensor alignment → roller bias → on-roller rule (with the body sensor) → roll axis → roller motion →
/// speed readings and the too-fast rule.
/// </summary>
public static class SessionPipeline
{
    /// <summary>The roller's motion, one per roller sample, from the raw samples of both sensors.</summary>
    /// <param name="samples">Samples of both sensors, interleaved in arrival order.</param>
    /// <param name="settings">The analysis settings.</param>
    /// <returns>The roller motions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<RollerMotion> RollerMotions(this IObservable<ImuSample> samples, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        return samples.AlignedSamples(settings.Alignment).Publish(aligned => RollerMotions(aligned, BodySamples(aligned), settings));
    }

    /// <summary>
    /// Every event of a session: a roller motion per roller sample, the speed readings, and the alerts. Events come
    /// in processing order: a speed reading follows the first sample past its fit window, so it comes up to one
    /// period plus one sample interval after the motion of the same time.
    /// </summary>
    /// <remarks>
    /// A stage that consumes the roller motions and the body samples (the body-zone estimator) joins as one more
    /// argument of the merge, mapping its output to <see cref="SessionEvent"/>.
    /// </remarks>
    /// <param name="samples">Samples of both sensors, interleaved in arrival order.</param>
    /// <param name="settings">The analysis settings.</param>
    /// <param name="scheduler">
    /// The session clock (a <see cref="HistoricalScheduler"/> driven by the sample times for recordings and tests):
    /// for stages that act on time passing rather than on samples. The stages here take time from the samples.
    /// </param>
    /// <returns>The session's events.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IObservable<SessionEvent> SessionEvents(
        this IObservable<ImuSample> samples,
        AnalysisSettings settings,
        IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(scheduler);
        return samples.AlignedSamples(settings.Alignment).Publish(aligned =>
        {
            var bodySamples = BodySamples(aligned);
            return RollerMotions(aligned, bodySamples, settings).Publish(motions => Observable.Merge(
                motions.Select(SessionEvent.From),
                motions.SpeedReadings(settings.SpeedReadings).Select(SessionEvent.From),
                motions.TooFastAlerts(settings.TooFast).Select(SessionEvent.From)));
        });
    }

    private static IObservable<RollerMotion> RollerMotions(
        IObservable<AlignedSample> aligned,
        IObservable<AlignedSample> bodySamples,
        AnalysisSettings settings) =>
        aligned.Where(sample => sample.Sample.Sensor == SensorRole.Roller)
            .BiasCorrected(settings.RollerBias)
            .OnRoller(bodySamples, settings.OnRoller)
            .AxisRates(settings.RollAxis)
            .RollerMotions(settings.Motion);

    private static IObservable<AlignedSample> BodySamples(IObservable<AlignedSample> aligned) =>
        aligned.Where(sample => sample.Sample.Sensor == SensorRole.Body);
}
