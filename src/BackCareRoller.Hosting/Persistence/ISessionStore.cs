namespace BackCareRoller.Hosting.Persistence;

/// <summary>The seam to session storage for live sessions (SQLite from issue 5).</summary>
public interface ISessionStore
{
    /// <summary>Creates the stored session (which gets its id here) and returns its writer.</summary>
    /// <param name="info">The new session.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The writer that receives the session as it runs.</returns>
    ValueTask<ILiveSessionWriter> BeginAsync(LiveSessionInfo info, CancellationToken cancellationToken);
}
