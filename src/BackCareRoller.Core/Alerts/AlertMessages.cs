namespace BackCareRoller.Core.Alerts;

/// <summary>The user-facing wording of each alert (DESIGN.md section 6): short enough to speak.</summary>
public static class AlertMessages
{
    /// <summary>The message for <paramref name="kind"/>.</summary>
    /// <param name="kind">The alert kind.</param>
    /// <returns>The text shown and spoken.</returns>
    public static string For(AlertKind kind) => kind switch
    {
        AlertKind.TooFast => "Too fast — slow down",
        AlertKind.Lumbar => "Lower back — stop",
        AlertKind.Neck => "Neck — stop",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alert kind."),
    };
}
