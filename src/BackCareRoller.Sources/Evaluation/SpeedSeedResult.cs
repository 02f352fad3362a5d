using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>Speed and too-fast scores of one simulated session (DESIGN.md section 7).</summary>
/// <param name="Seed">The simulator seed.</param>
/// <param name="RollerDiameterMeters">The session's roller diameter.</param>
/// <param name="SampleRateHz">The roller sensor's nominal rate.</param>
/// <param name="Mount">The roller sensor's mount.</param>
/// <param name="OnRollerReadings">Speed readings scored (those at on-roller instants).</param>
/// <param name="AbsoluteErrorSumCentimetersPerSecond">Sum of |estimate − truth| over the scored readings, cm/s.</param>
/// <param name="SquaredErrorSum">Sum of (estimate − truth)² over the scored readings, (cm/s)².</param>
/// <param name="TrueEpisodes">Too-fast episodes in the truth.</param>
/// <param name="CaughtEpisodes">Episodes with an alert inside their window.</param>
/// <param name="Alerts">Too-fast alerts raised.</param>
/// <param name="MatchedAlerts">Alerts that fell inside some episode's window.</param>
/// <param name="DelaysSeconds">Delay from each caught episode's start to its first alert (0 if early).</param>
public sealed record SpeedSeedResult(
    int Seed,
    double RollerDiameterMeters,
    double SampleRateHz,
    RollerMount Mount,
    int OnRollerReadings,
    double AbsoluteErrorSumCentimetersPerSecond,
    double SquaredErrorSum,
    int TrueEpisodes,
    int CaughtEpisodes,
    int Alerts,
    int MatchedAlerts,
    IReadOnlyList<double> DelaysSeconds);
