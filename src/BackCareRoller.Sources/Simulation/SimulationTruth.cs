using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// What really happened in a simulated session: the ground truth every estimate is scored against. Built on a
/// 1 ms grid from the scripted motion; <see cref="Timeline"/> samples it at 10 Hz. JSON form (snake_case) is
/// written by <see cref="SimulationTruthJson"/>; each member names its JSON field.
/// </summary>
public sealed class SimulationTruth
{
    /// <summary>Rate of <see cref="Timeline"/>, Hz.</summary>
    public const double TimelineRateHz = 10;

    /// <summary>The too-fast rule's start threshold on the 1-s mean speed, m/s (DESIGN.md section 3).</summary>
    public const double TooFastOnMetersPerSecond = 0.050;

    /// <summary>The too-fast rule's clear threshold, m/s.</summary>
    public const double TooFastOffMetersPerSecond = 0.040;

    /// <summary>Time inside a forbidden zone after which the zone rule alerts (DESIGN.md section 4).</summary>
    public static readonly TimeSpan ZoneAlertDelay = TimeSpan.FromSeconds(0.2);

    internal SimulationTruth(
        SimulationScenario scenario,
        IReadOnlyList<TruthPoint> timeline,
        IReadOnlyList<ZoneInterval> zones,
        IReadOnlyList<TooFastEpisode> tooFast,
        IReadOnlyList<ZoneStay> stays,
        IReadOnlyList<MoveSpan> moves,
        IReadOnlyList<PlannedMistake> mistakes,
        IReadOnlyList<SlipEvent> slips,
        IReadOnlyList<RollerHandling> handlings,
        IReadOnlyList<SensorGap> gaps,
        double onRollerSeconds)
    {
        Scenario = scenario;
        Timeline = timeline;
        Zones = zones;
        TooFastEpisodes = tooFast;
        ZoneStays = stays;
        Moves = moves;
        Mistakes = mistakes;
        Slips = slips;
        RollerHandlings = handlings;
        SensorGaps = gaps;
        OnRollerSeconds = onRollerSeconds;
        PerZoneSeconds = zones.Where(z => z.Zone != BodyZone.None)
            .GroupBy(z => z.Zone)
            .ToDictionary(g => g.Key, g => g.Sum(z => (z.End - z.Start).TotalSeconds));
        PerZoneSideSeconds = zones.Where(z => z.Side is not null)
            .GroupBy(z => z.Zone)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<BodySide, double>)g.GroupBy(z => z.Side!.Value).ToDictionary(s => s.Key, s => s.Sum(z => (z.End - z.Start).TotalSeconds)));
        TooFastSeconds = tooFast.Sum(e => (e.End - e.Start).TotalSeconds);
    }

    /// <summary>The parameters the session was drawn with (<c>scenario</c>).</summary>
    public SimulationScenario Scenario { get; }

    /// <summary>Length of the session (<c>duration_s</c>).</summary>
    public TimeSpan Duration => Scenario.Duration;

    /// <summary>The true state every 0.1 s from 0 to the end (<c>timeline</c>).</summary>
    public IReadOnlyList<TruthPoint> Timeline { get; }

    /// <summary>Gap-free zone timeline covering the session, in the report's form (<c>zones</c>).</summary>
    public IReadOnlyList<ZoneInterval> Zones { get; }

    /// <summary>True too-fast episodes by the published rule (<c>too_fast</c>).</summary>
    public IReadOnlyList<TooFastEpisode> TooFastEpisodes { get; }

    /// <summary>Every stay of the true contact in the lumbar or neck zone (<c>zone_stays</c>).</summary>
    public IReadOnlyList<ZoneStay> ZoneStays { get; }

    /// <summary>The bouts on the roller (<c>moves</c>).</summary>
    public IReadOnlyList<MoveSpan> Moves { get; }

    /// <summary>The mistakes the person was scripted to make (<c>mistakes</c>).</summary>
    public IReadOnlyList<PlannedMistake> Mistakes { get; }

    /// <summary>Slips between body and roller (<c>slips</c>).</summary>
    public IReadOnlyList<SlipEvent> Slips { get; }

    /// <summary>Times the roller moved with nobody on it (<c>roller_handling</c>).</summary>
    public IReadOnlyList<RollerHandling> RollerHandlings { get; }

    /// <summary>Planned dropouts of each sensor (<c>sensor_gaps</c>); single lost samples are not listed.</summary>
    public IReadOnlyList<SensorGap> SensorGaps { get; }

    /// <summary>Seconds on the roller (<c>summary.on_roller_s</c>).</summary>
    public double OnRollerSeconds { get; }

    /// <summary>Seconds per zone, both sides together, from <see cref="Zones"/> (<c>summary.per_zone_s</c>).</summary>
    public IReadOnlyDictionary<BodyZone, double> PerZoneSeconds { get; }

    /// <summary>Seconds per zone and side for sided intervals (<c>summary.per_zone_side_s</c>).</summary>
    public IReadOnlyDictionary<BodyZone, IReadOnlyDictionary<BodySide, double>> PerZoneSideSeconds { get; }

    /// <summary>Seconds inside too-fast episodes (<c>summary.too_fast_s</c>).</summary>
    public double TooFastSeconds { get; }

    /// <summary>The alerts a perfect estimator applying the published rules would raise first in each episode or stay (<c>expected_alerts</c>).</summary>
    public IReadOnlyList<Alert> ExpectedAlerts =>
        TooFastEpisodes.Select(e => new Alert(e.Start, AlertKind.TooFast))
            .Concat(ZoneStays.Where(s => s.AlertDue).Select(s => new Alert(s.Entry + ZoneAlertDelay, s.Zone == BodyZone.Neck ? AlertKind.Neck : AlertKind.Lumbar)))
            .OrderBy(a => a.Time)
            .ToArray();
}
