using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Reports;

/// <summary>The session report of DESIGN.md section 6 (JSON contract <c>backcare-report/1</c>).</summary>
public sealed record SessionReport
{
    /// <summary>The contract name written as <c>format</c>.</summary>
    public const string FormatName = "backcare-report/1";

    /// <summary>Length of the session in seconds.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Every alert raised, in time order.</summary>
    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>Gap-free zone timeline covering the whole session.</summary>
    public required IReadOnlyList<ZoneInterval> Zones { get; init; }

    /// <summary>Traverse speed at 10 Hz, 0 when not rolling.</summary>
    public required IReadOnlyList<SpeedReading> Speed { get; init; }

    /// <summary>The summary of the session.</summary>
    public required SessionSummary Summary { get; init; }

    /// <summary>How the zones were obtained; null when not stated.</summary>
    public ZoneConfidence? ZoneConfidence { get; init; }

    /// <summary>What the input amounted to; null when not stated.</summary>
    public InputStats? Input { get; init; }

    /// <summary>The person and roller the session was analysed for; null when not stated.</summary>
    public SessionProfile? Profile { get; init; }

    /// <summary>How the person felt before and after the session (issue 8); null when no check-in was given.</summary>
    public SessionCheckIns? CheckIns { get; init; }
}
