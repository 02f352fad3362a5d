using BackCareRoller.Core.Alerts;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// What the zone estimator reports: a change of move, zone or side, a lumbar or neck alert, or both at the same
/// sample. Between events the previous estimate holds.
/// </summary>
/// <param name="Estimate">The estimate at the event's sample.</param>
/// <param name="IsChange">True when move, zone or side differ from the previous event's estimate.</param>
/// <param name="AlertKind">The alert raised at this sample (lumbar or neck), or null.</param>
public readonly record struct ZoneEvent(ZoneEstimate Estimate, bool IsChange, AlertKind? AlertKind)
{
    /// <summary>The alert raised at this sample, if any.</summary>
    /// <param name="alert">The alert, timed at the event's sample.</param>
    /// <returns>True when the event carries an alert.</returns>
    public bool TryGetAlert(out Alert alert)
    {
        if (AlertKind is { } kind)
        {
            alert = new Alert(Estimate.Time, kind);
            return true;
        }

        alert = default;
        return false;
    }
}
