using BackCareRoller.Hosting.Live;
using BackCareRoller.Sources;
using Microsoft.Extensions.Logging;

namespace BackCareRoller.Hosting;

/// <summary>The hosting layer's log events (STYLE.md section 7): ids 1000–1099, never reused.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Live session {SessionId} started: source {Source}, height {HeightCm} cm, roller {RollerDiameterCm} cm", EventName = "SessionStarted")]
    public static partial void SessionStarted(this ILogger logger, string sessionId, ImuSourceKind source, double heightCm, double rollerDiameterCm);

    [LoggerMessage(1001, LogLevel.Information, "Live session {SessionId} ended ({Reason}) after {DurationSeconds:F1} s with {Samples} samples", EventName = "SessionEnded")]
    public static partial void SessionEnded(this ILogger logger, string sessionId, SessionEndReason reason, double durationSeconds, long samples);

    [LoggerMessage(1002, LogLevel.Critical, "The pipeline of live session {SessionId} failed; the session is closed and saved", EventName = "PipelineFailed")]
    public static partial void PipelineFailed(this ILogger logger, string sessionId, Exception exception);

    [LoggerMessage(1003, LogLevel.Information, "Live session {SessionId}: {Kind} alert at {TimeSeconds:F2} s", EventName = "AlertRaised")]
    public static partial void AlertRaised(this ILogger logger, string sessionId, Core.Alerts.AlertKind kind, double timeSeconds);

    [LoggerMessage(1004, LogLevel.Error, "Live session {SessionId} could not be saved", EventName = "SessionSaveFailed")]
    public static partial void SessionSaveFailed(this ILogger logger, string sessionId, Exception exception);

    [LoggerMessage(1005, LogLevel.Information, "Shutting down: closing and saving {Count} live session(s)", EventName = "ClosingSessions")]
    public static partial void ClosingSessions(this ILogger logger, int count);

    [LoggerMessage(1006, LogLevel.Warning, "Refused a new live session: {Count} already running (BackCare:Live:MaxConcurrentSessions)", EventName = "SessionLimitReached")]
    public static partial void SessionLimitReached(this ILogger logger, int count);
}
