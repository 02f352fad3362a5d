using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// A simulated session: its metadata, its sensor samples (streamed, regenerated identically on every enumeration)
/// and its ground truth (computed on first use and kept: about 1 MB per hour).
/// </summary>
public sealed class SimulatedSession
{
    private readonly Lazy<SimulationTruth> _truth;

    internal SimulatedSession(SessionPlan plan, RecordingMetadata metadata)
    {
        Plan = plan;
        Metadata = metadata;
        _truth = new Lazy<SimulationTruth>(() => TruthBuilder.Build(plan));
    }

    /// <summary>The drawn parameters of the session.</summary>
    public SimulationScenario Scenario => Plan.Scenario;

    /// <summary>Length of the session.</summary>
    public TimeSpan Duration => Plan.Scenario.Duration;

    /// <summary>The recording metadata a real app would write: height, roller diameter, sensors (no truth).</summary>
    public RecordingMetadata Metadata { get; }

    /// <summary>
    /// Both sensors' samples ordered by time (roller first on equal times), as a recording would hold them.
    /// Streams: nothing is kept, so a two-hour session at 400 Hz needs no more memory than a short one.
    /// </summary>
    public IEnumerable<ImuSample> Samples => Merge(
        SensorSampler.Samples(Plan.RollerSensor, Plan.Duration, Plan.Gravity),
        Plan.BodySensor is { } body ? SensorSampler.Samples(body, Plan.Duration, Plan.Gravity) : []);

    /// <summary>The ground truth (built on first use: a pass over the session on a 1 ms grid).</summary>
    public SimulationTruth Truth => _truth.Value;

    internal SessionPlan Plan { get; }

    /// <summary>The true state at any instant of the session, for scoring estimates at their own times.</summary>
    /// <param name="time">Offset from the session start.</param>
    /// <returns>The truth at that instant; its 1-s mean speed is integrated on the truth's 1 ms grid.</returns>
    public TruthPoint TruthAt(TimeSpan time) => TruthBuilder.At(Plan, time.TotalSeconds);

    private static IEnumerable<ImuSample> Merge(IEnumerable<ImuSample> roller, IEnumerable<ImuSample> body)
    {
        using var rollerSamples = roller.GetEnumerator();
        using var bodySamples = body.GetEnumerator();
        var hasRoller = rollerSamples.MoveNext();
        var hasBody = bodySamples.MoveNext();
        while (hasRoller || hasBody)
        {
            if (hasRoller && (!hasBody || rollerSamples.Current.Time <= bodySamples.Current.Time))
            {
                yield return rollerSamples.Current;
                hasRoller = rollerSamples.MoveNext();
            }
            else
            {
                yield return bodySamples.Current;
                hasBody = bodySamples.MoveNext();
            }
        }
    }
}
