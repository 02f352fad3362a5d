namespace BackCareRoller.Core.CheckIns;

/// <summary>One stored session as the red-flag rules and the weekly rhythm see it: when it started, and how the person felt.</summary>
/// <param name="SessionId">The stored session's id.</param>
/// <param name="StartedAt">The session's wall-clock start.</param>
/// <param name="CheckIns">Its check-ins; <see cref="SessionCheckIns.None"/> when none were given.</param>
public sealed record CheckInSession(long SessionId, DateTimeOffset StartedAt, SessionCheckIns CheckIns);
