using BackCareRoller.Core.Reports;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>The read side of session storage the web app shows: the same data the CLI reads.</summary>
public interface ISessionHistory
{
    /// <summary>The most recent sessions, newest first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sessions.</returns>
    Task<IReadOnlyList<StoredSession>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>One session's report (DESIGN.md section 6), or null when there is no such session.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, or null.</returns>
    Task<SessionReport?> GetReportAsync(string id, CancellationToken cancellationToken);

    /// <summary>The last <paramref name="weeks"/> weeks, oldest first, including empty weeks.</summary>
    /// <param name="weeks">How many weeks back from the current one.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One entry per week.</returns>
    Task<IReadOnlyList<WeekSummary>> WeeksAsync(int weeks, CancellationToken cancellationToken);
}
