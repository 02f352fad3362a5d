using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>
/// Persists one live session as it runs. Calls come from the session's pipeline, one at a time, on the hot path:
/// implementations buffer and flush in the background (issue 5: at least every 5 s).
/// </summary>
public interface ILiveSessionWriter
{
    /// <summary>The id storage gave the session; the live session, its URLs and its report use it.</summary>
    string SessionId { get; }

    /// <summary>Records one raw sample (for <c>--record</c> or raw-sample storage); may ignore it.</summary>
    /// <param name="sample">The sample in session time.</param>
    void AppendSample(in ImuSample sample);

    /// <summary>Records an alert, speed or zone event.</summary>
    /// <param name="liveEvent">The event.</param>
    void Append(LiveEvent liveEvent);

    /// <summary>Closes the session and writes whatever is still buffered.</summary>
    /// <param name="ended">How and when it ended.</param>
    /// <param name="cancellationToken">Cancels the final write.</param>
    /// <returns>Completes when the session is safely stored.</returns>
    ValueTask CompleteAsync(LiveEndedEvent ended, CancellationToken cancellationToken);
}
