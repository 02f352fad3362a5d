using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>The habits of one simulated person: how fast and how far they roll, how often they pause or slip, how they sit.</summary>
internal sealed class PersonProfile
{
    private readonly Dictionary<RoutineMove, (double Recline, double Tilt, double Coupling, double HalfRange)> _moves = [];

    private PersonProfile(SimulationRandom random)
    {
        TypicalSpeed = random.Uniform(0.015, 0.032);
        DwellProbability = random.Uniform(0.25, 0.8);
        SlipsPerMinute = random.Uniform(0.2, 2.0);
        AnchorOffset = random.Uniform(-0.02, 0.02);
        PlacementSpread = random.Uniform(0.004, 0.012);
        PauseScale = random.Uniform(0.6, 1.5);
        BreathingHz = random.Uniform(0.18, 0.33);
        SwayScale = random.Uniform(0.5, 1.5);
        foreach (var move in new[] { RoutineMove.Glutes, RoutineMove.HipFlexors, RoutineMove.Hamstrings, RoutineMove.UpperBack })
        {
            var profile = MoveProfile.For(move);

            // Recline and tilt inside the table's ranges; coupling of recline to travel, ±0.8° per cm.
            var recline = random.Uniform(profile.ReclineMinDegrees, profile.ReclineMaxDegrees);
            var tilt = random.Uniform(profile.TiltMinDegrees, profile.TiltMaxDegrees);
            var coupling = random.Uniform(-0.8, 0.8) * 100;
            var halfRange = random.Uniform(profile.HalfRangeMin, profile.HalfRangeMax);
            _moves[move] = (recline, tilt, coupling, halfRange);
        }
    }

    /// <summary>Usual mean speed of a pass, m/s (slow rolling is about 0.025).</summary>
    public double TypicalSpeed { get; }

    /// <summary>Chance that a bout contains a 20–30 s pause on a tender spot.</summary>
    public double DwellProbability { get; }

    /// <summary>Slips per minute of rolling.</summary>
    public double SlipsPerMinute { get; }

    /// <summary>How far this person's start positions sit from the anchors, u (common to every move).</summary>
    public double AnchorOffset { get; }

    /// <summary>Standard deviation of each bout's own placement error, u.</summary>
    public double PlacementSpread { get; }

    /// <summary>Scale of the pauses between passes.</summary>
    public double PauseScale { get; }

    /// <summary>Breathing rate, Hz.</summary>
    public double BreathingHz { get; }

    /// <summary>Scale of postural sway.</summary>
    public double SwayScale { get; }

    public static PersonProfile Draw(SimulationRandom random) => new(random);

    /// <summary>Recline (degrees), tilt (degrees), recline coupling (degrees per metre) and pass half-range (u) for <paramref name="move"/>.</summary>
    public (double Recline, double Tilt, double Coupling, double HalfRange) For(RoutineMove move) => _moves[move];
}
