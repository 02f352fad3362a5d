using BackCareRoller.Core.Alerts;

namespace BackCareRoller.Hosting.Live;

/// <summary>The pipeline raised an alert (already rate-limited by the pipeline's rules).</summary>
/// <param name="Alert">The alert; its time is that of the sample that triggered it.</param>
public sealed record LiveAlertEvent(Alert Alert) : LiveEvent(Alert.Time);
