namespace BackCareRoller.Formats.Reports;

/// <summary><c>summary.adherence</c>: time per move against the routine's 1–2 minutes, and time on forbidden zones.</summary>
internal sealed class AdherenceEntry
{
    public IReadOnlyList<MoveEntry>? Moves { get; init; }

    public double? LumbarS { get; init; }

    public double? NeckS { get; init; }

    /// <summary>Written for readers of the file; recomputed from the moves when read.</summary>
    public bool? Followed { get; init; }
}
