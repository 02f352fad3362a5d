namespace BackCareRoller.Sources.Ble.Link;

/// <summary>One observation of a roller link's state, for the UI.</summary>
/// <param name="State">The state.</param>
/// <param name="Roller">The roller, once one has been connected.</param>
/// <param name="Attempt">Failed attempts since the link last streamed (0 while streaming).</param>
/// <param name="RetryIn">Time until the next attempt, in <see cref="LinkState.Reconnecting"/> and <see cref="LinkState.Lost"/>.</param>
/// <param name="Reason">Why the link is not streaming, in words a user can act on.</param>
/// <param name="Reconnects">Times the link came back after a loss in this session.</param>
/// <param name="LastGap">The most recent hole in the samples, once the link has come back.</param>
/// <param name="TotalGap">All holes in the samples so far.</param>
public sealed record LinkStatus(
    LinkState State,
    RollerInfo? Roller = null,
    int Attempt = 0,
    TimeSpan? RetryIn = null,
    string? Reason = null,
    int Reconnects = 0,
    LinkGap? LastGap = null,
    TimeSpan TotalGap = default)
{
    /// <summary>Gets the status before the link is started.</summary>
    public static LinkStatus Idle { get; } = new(LinkState.Idle);
}
