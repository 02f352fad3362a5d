using Microsoft.Extensions.Logging;

namespace BackCareRoller.Web;

/// <summary>The web layer's log events (STYLE.md section 7): ids 2000–2099, never reused.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Debug, "Live viewer of session {SessionId} disconnected", EventName = "ViewerGone")]
    public static partial void ViewerGone(this ILogger logger, string sessionId);

    [LoggerMessage(2001, LogLevel.Information, "Sensor '{Role}' connected to session {SessionId}", EventName = "SensorConnected")]
    public static partial void SensorConnected(this ILogger logger, string role, string sessionId);

    [LoggerMessage(2002, LogLevel.Information, "Sensor '{Role}' left session {SessionId}: {Samples} samples, {Dropped} dropped, {Malformed} malformed messages", EventName = "SensorDisconnected")]
    public static partial void SensorDisconnected(this ILogger logger, string role, string sessionId, long samples, long dropped, long malformed);

    [LoggerMessage(2003, LogLevel.Debug, "Sensor message refused in session {SessionId}: {Reason}", EventName = "SensorMessageRefused")]
    public static partial void SensorMessageRefused(this ILogger logger, string sessionId, string reason);

    [LoggerMessage(2004, LogLevel.Warning, "Refused a request without a valid pairing token: {Method} {Path}", EventName = "TokenRefused")]
    public static partial void TokenRefused(this ILogger logger, string method, string path);

    [LoggerMessage(2005, LogLevel.Information, "Sensor Logger device {DeviceId} streams into session {SessionId}", EventName = "SensorLoggerAttached")]
    public static partial void SensorLoggerAttached(this ILogger logger, string deviceId, string sessionId);
}
