namespace BackCareRoller.Storage.Sessions;

/// <summary>What is known about a session before (or apart from) its analysis: when, with what, for whom.</summary>
public sealed record SessionRecord
{
    /// <summary>Wall-clock start of the session (stored to the millisecond, in UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The devices that fed the session, e.g. a roller's name or address and the phone on the hip.</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <summary>The user's height and the roller's diameter.</summary>
    public SessionSetup Setup { get; init; } = SessionSetup.Unknown;

    /// <summary>Where the data came from, e.g. the recording file analysed; null for a live sensor session.</summary>
    public string? Source { get; init; }
}
