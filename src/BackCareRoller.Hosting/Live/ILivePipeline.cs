using System.Reactive.Concurrency;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Hosting.Live;

/// <summary>
/// The seam to the analysis pipeline: the same Rx pipeline as <c>analyze</c>, run once per live session.
/// </summary>
public interface ILivePipeline
{
    /// <summary>Builds the pipeline over one session's samples.</summary>
    /// <param name="samples">Samples of both sensors in session time.</param>
    /// <param name="profile">The person and roller.</param>
    /// <param name="scheduler">Where time-based operators (liveness, rate limits, 10 Hz output) are scheduled.</param>
    /// <returns>Alerts, speed and zone events; completes when <paramref name="samples"/> completes.</returns>
    IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler);
}
