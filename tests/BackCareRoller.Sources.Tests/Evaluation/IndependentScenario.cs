using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Evaluation;

namespace BackCareRoller.Sources.Tests.Evaluation;

/// <summary>A rolling session made by <see cref="IndependentScenarioGenerator"/>: the estimator's inputs and the truth.</summary>
internal sealed record IndependentScenario(
    int Seed,
    double HeightMeters,
    double RollerRadiusMeters,
    bool FirmwareAxis,
    bool HasBody,
    RoutineMove GuidedMove,
    IReadOnlyList<ZoneInput> Inputs,
    IReadOnlyList<ZoneInterval> TruthZones,
    IReadOnlyList<ForbiddenStay> TruthStays,
    TimeSpan Duration,
    IReadOnlyList<string> Notes);
