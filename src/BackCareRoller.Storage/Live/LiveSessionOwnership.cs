namespace BackCareRoller.Storage.Live;

/// <summary>
/// Decides whether a session still marked live has lost its owner. On this machine the owner is looked up by process
/// id and start time, which is exact and immediate after a kill -9. Owners on another machine (a database on a shared
/// disk, a container) cannot be looked up, so they are taken for dead once their heartbeat is stale.
/// </summary>
internal static class LiveSessionOwnership
{
    /// <param name="owner">The stored owner, or null for a row written without one.</param>
    /// <param name="heartbeatUtcMs">The owner's last flush (Unix ms), or null if it never flushed.</param>
    /// <param name="nowUtcMs">Now, from the injected TimeProvider.</param>
    /// <param name="staleAfter">How old a heartbeat may be for an owner that cannot be looked up.</param>
    /// <param name="probe">This machine's processes.</param>
    public static bool IsOrphaned(OwnerIdentity? owner, long? heartbeatUtcMs, long nowUtcMs, TimeSpan staleAfter, IProcessProbe probe)
    {
        var current = probe.Current;
        if (owner is not null && string.Equals(owner.Host, current.Host, StringComparison.Ordinal))
        {
            // Our own sessions are alive by definition; another local owner is alive exactly while its process runs.
            return owner.ProcessId != current.ProcessId && !probe.IsRunning(owner.ProcessId, owner.ProcessStartedUtcMs);
        }

        return heartbeatUtcMs is not { } heartbeat || (nowUtcMs - heartbeat) > (long)staleAfter.TotalMilliseconds;
    }
}
