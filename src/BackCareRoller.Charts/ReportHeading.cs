namespace BackCareRoller.Charts;

/// <summary>What a report says about its session above the charts.</summary>
/// <param name="Title">The headline, e.g. "Session 12 — Monday 10 March 2025, 07:30".</param>
/// <param name="Facts">Label and value pairs shown under the title (devices, duration, status, ...).</param>
public sealed record ReportHeading(string Title, IReadOnlyList<KeyValuePair<string, string>> Facts);
