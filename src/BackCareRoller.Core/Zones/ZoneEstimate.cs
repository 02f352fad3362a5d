using BackCareRoller.Core.Summary;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// Where the roller is on the body at one instant (DESIGN.md section 4): the move being done, the face and zone in
/// contact, the side, and the contact position u with its uncertainty.
/// </summary>
/// <param name="Time">Offset from the session start of the sample this estimate follows.</param>
/// <param name="Move">The routine move recognised, or <see cref="RoutineMove.None"/> when nobody is on the roller.</param>
/// <param name="Face">The face of the body on the roller (meaningless when <paramref name="Move"/> is none).</param>
/// <param name="Zone">The most likely zone under the contact, or <see cref="BodyZone.None"/>.</param>
/// <param name="Side">The side rolled, for zones that have sides and when it is known.</param>
/// <param name="ContactU">Contact position u (fraction of standing height), or null without a contact.</param>
/// <param name="ContactUStandardDeviation">One standard deviation of <paramref name="ContactU"/>, same unit, or null.</param>
/// <param name="Confidence">Probability, 0–1, that both the move and the zone are right.</param>
public readonly record struct ZoneEstimate(
    TimeSpan Time,
    RoutineMove Move,
    BodyFace Face,
    BodyZone Zone,
    BodySide? Side,
    double? ContactU,
    double? ContactUStandardDeviation,
    double Confidence)
{
    /// <summary>Nobody on the roller, from <paramref name="time"/> on.</summary>
    /// <param name="time">Offset from the session start.</param>
    /// <returns>An estimate with no move, no zone and no contact.</returns>
    public static ZoneEstimate Off(TimeSpan time) => new(time, RoutineMove.None, BodyFace.Back, BodyZone.None, null, null, null, 0);

    /// <summary>Whether this estimate names the same move, zone and side as <paramref name="other"/>.</summary>
    /// <param name="other">The estimate to compare with.</param>
    /// <returns>True when a zone timeline would not start a new span.</returns>
    public bool SamePlaceAs(in ZoneEstimate other) => Move == other.Move && Zone == other.Zone && Side == other.Side;

    /// <summary>The summariser's view of this estimate (issue 5).</summary>
    /// <returns>The zone update from <see cref="Time"/> on.</returns>
    public ZoneUpdate ToZoneUpdate() => new(Time, Zone, Side, Move);
}
