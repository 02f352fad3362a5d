using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>One session's truth and estimate, as the zone evaluation compares them.</summary>
public sealed record ZoneEvaluationInput
{
    /// <summary>The true gap-free zone timeline; none where nobody is on the roller.</summary>
    public required IReadOnlyList<ZoneInterval> TruthZones { get; init; }

    /// <summary>The true lumbar and neck stays.</summary>
    public required IReadOnlyList<ForbiddenStay> TruthStays { get; init; }

    /// <summary>The estimated zone timeline.</summary>
    public required IReadOnlyList<ZoneInterval> EstimatedZones { get; init; }

    /// <summary>Every alert the estimator raised; only lumbar and neck alerts are scored.</summary>
    public required IReadOnlyList<Alert> Alerts { get; init; }

    /// <summary>Length of the session.</summary>
    public required TimeSpan Duration { get; init; }
}
