namespace BackCareRoller.Core.Zones;

/// <summary>
/// The product's definition of the body zones (DESIGN.md section 4): contact position u is the height of the
/// landmark above the floor when standing, as a fraction of standing height H. Boundaries come from
/// Winter (after Drillis and Contini): knee 0.285H, greater trochanter 0.530H, shoulder 0.818H; C7 ≈ 0.86H;
/// iliac crest ≈ 0.61H. This is the one place the table lives; the simulator's truth and the estimator use it.
/// </summary>
public static class ZoneTable
{
    /// <summary>Every band of the table, in order of face then u.</summary>
    public static IReadOnlyList<ZoneBand> Bands { get; } =
    [
        new(BodyZone.Calves, BodyFace.Back, 0.04, 0.285, Allowed: true),
        new(BodyZone.Hamstrings, BodyFace.Back, 0.285, 0.48, Allowed: true),
        new(BodyZone.Glutes, BodyFace.Back, 0.48, 0.58, Allowed: true),
        new(BodyZone.Lumbar, BodyFace.Back, 0.58, 0.67, Allowed: false),
        new(BodyZone.UpperBack, BodyFace.Back, 0.67, 0.86, Allowed: true),
        new(BodyZone.Neck, BodyFace.Back, 0.86, 0.93, Allowed: false),
        new(BodyZone.Quads, BodyFace.Front, 0.285, 0.47, Allowed: true),
        new(BodyZone.HipFlexors, BodyFace.Front, 0.47, 0.55, Allowed: true),
    ];

    /// <summary>Start anchor u of each move of the routine (DESIGN.md section 4).</summary>
    /// <param name="move">The move.</param>
    /// <returns>The anchor's u, a fraction of standing height.</returns>
    public static double AnchorFor(RoutineMove move) => move switch
    {
        RoutineMove.Glutes => 0.53,
        RoutineMove.HipFlexors => 0.50,
        RoutineMove.Hamstrings => 0.45,
        RoutineMove.UpperBack => 0.78,
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "A move with no anchor has no contact."),
    };

    /// <summary>The face of the body each move rolls.</summary>
    /// <param name="move">The move.</param>
    /// <returns>Front for the hip flexors, back for the rest.</returns>
    public static BodyFace FaceFor(RoutineMove move) => move == RoutineMove.HipFlexors ? BodyFace.Front : BodyFace.Back;

    /// <summary>The zone that contains contact position <paramref name="u"/> on <paramref name="face"/>.</summary>
    /// <param name="face">The face in contact.</param>
    /// <param name="u">Contact position, a fraction of standing height.</param>
    /// <returns>The zone, or <see cref="BodyZone.None"/> outside every band.</returns>
    public static BodyZone ZoneAt(BodyFace face, double u)
    {
        // Linear scan: eight rows, no allocation, called once per sample.
        var bands = Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.Face == face && u >= band.From && u < band.To)
            {
                return band.Zone;
            }
        }

        return BodyZone.None;
    }

    /// <summary>The band of <paramref name="zone"/>.</summary>
    /// <param name="zone">A zone other than <see cref="BodyZone.None"/>.</param>
    /// <returns>Its row of the table.</returns>
    public static ZoneBand BandOf(BodyZone zone)
    {
        foreach (var band in Bands)
        {
            if (band.Zone == zone)
            {
                return band;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(zone), zone, "None has no band.");
    }

    /// <summary>Whether <paramref name="zone"/> has a left and a right side (glutes, hip flexors, hamstrings, quads, calves).</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>True where the report gives a side.</returns>
    public static bool HasSides(BodyZone zone) =>
        zone is BodyZone.Glutes or BodyZone.HipFlexors or BodyZone.Hamstrings or BodyZone.Quads or BodyZone.Calves;
}
