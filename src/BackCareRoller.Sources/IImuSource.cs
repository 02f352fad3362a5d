using System.Reactive.Concurrency;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources;

/// <summary>
/// One origin of inertial samples for a session: the simulator, a recording replayed at real pace, a phone, the
/// Sensor Logger app or a BLE roller. The live service chooses one per session and feeds its samples to the pipeline.
/// </summary>
public interface IImuSource
{
    /// <summary>What kind of source this is; stored with the session and shown to the user.</summary>
    ImuSourceKind Kind { get; }

    /// <summary>The samples of both sensors in session time (offset from the session start).</summary>
    /// <param name="scheduler">Where any pacing is scheduled: the default scheduler live, a historical one in tests.</param>
    /// <returns>A cold sequence that completes when the source ends.</returns>
    IObservable<ImuSample> Samples(IScheduler scheduler);
}
