namespace BackCareRoller.Storage.Sessions;

/// <summary>One row of the session list: the facts that fit on a line.</summary>
/// <param name="Id">The session's id, used by <c>sessions show|delete|export</c> and <c>report</c>.</param>
/// <param name="Status">Live, completed or interrupted.</param>
/// <param name="StartedAt">Wall-clock start, UTC.</param>
/// <param name="EndedAt">Wall-clock end, UTC; for an interrupted session the time of its last flush; null while live.</param>
/// <param name="Duration">Length of the session data stored.</param>
/// <param name="Devices">The devices that fed it.</param>
/// <param name="Setup">Height and roller diameter.</param>
/// <param name="Source">The recording it came from, if any.</param>
/// <param name="AlertCount">Number of alerts stored.</param>
public sealed record SessionListing(
    long Id,
    SessionStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    TimeSpan Duration,
    IReadOnlyList<string> Devices,
    SessionSetup Setup,
    string? Source,
    int AlertCount);
