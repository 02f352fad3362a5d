namespace BackCareRoller.Sources.Evaluation;

/// <summary>The scoring rules of issue 4 and DESIGN.md sections 4 and 7.</summary>
public sealed record ZoneEvaluationSettings
{
    /// <summary>Time ignored on each side of a true zone change when scoring zone accuracy.</summary>
    /// <value>Default 0.5 s.</value>
    public TimeSpan ChangeMargin { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>How early an alert may come and still count as catching an entry (with zero delay).</summary>
    /// <value>Default 2 s (DESIGN.md section 4).</value>
    public TimeSpan EarlyTolerance { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after a stay ends an alert still belongs to it rather than being false.</summary>
    /// <value>Default 2 s (DESIGN.md section 4).</value>
    public TimeSpan LateTolerance { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Resolution of the timeline comparison.</summary>
    /// <value>Default 10 ms.</value>
    public TimeSpan Step { get; init; } = TimeSpan.FromMilliseconds(10);
}
