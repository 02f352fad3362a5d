using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Summary;

/// <summary>A pause on a tender spot: the contact stayed within a few cm for at least the pause dwell (issue 5).</summary>
/// <param name="Start">Offset from the session start of the first sample of the pause.</param>
/// <param name="End">Offset of the last sample before the roller moved on.</param>
/// <param name="Zone">The zone the contact was in for most of the pause.</param>
/// <param name="Side">The side of that zone, where known.</param>
public readonly record struct TenderSpotPause(TimeSpan Start, TimeSpan End, BodyZone Zone, BodySide? Side)
{
    /// <summary>How long the pause lasted.</summary>
    public TimeSpan Duration => End - Start;
}
