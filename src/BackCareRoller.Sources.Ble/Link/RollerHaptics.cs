using BackCareRoller.Core.Alerts;
using BackCareRoller.Protocol.Control;

namespace BackCareRoller.Sources.Ble.Link;

/// <summary>The buzz patterns SPEC.md section 6.4 suggests for alerts.</summary>
public static class RollerHaptics
{
    /// <summary>Gets "lower back / neck, stop": 100 %, 3 × (200 ms on, 100 ms off).</summary>
    public static HapticPattern Stop { get; } = new(100, 3, 200, 100);

    /// <summary>Gets "too fast": 60 %, 2 × (80 ms on, 80 ms off).</summary>
    public static HapticPattern TooFast { get; } = new(60, 2, 80, 80);

    /// <summary>Returns the pattern for an alert.</summary>
    /// <param name="kind">The alert.</param>
    /// <returns>Its pattern.</returns>
    public static HapticPattern For(AlertKind kind) => kind == AlertKind.TooFast ? TooFast : Stop;
}
