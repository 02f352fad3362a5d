using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Hosting.Live;

/// <summary>
/// The pipeline seam's placeholder until the analysis pipeline (issues 3 and 4) is wired in: it consumes the
/// samples and raises nothing, so sessions still run, count their samples and are saved.
/// </summary>
internal sealed class NoAnalysisPipeline : ILivePipeline
{
    public IObservable<LiveEvent> Run(IObservable<ImuSample> samples, LiveSessionProfile profile, IScheduler scheduler) =>
        samples.IgnoreElements().Select(static _ => (LiveEvent)null!);
}
