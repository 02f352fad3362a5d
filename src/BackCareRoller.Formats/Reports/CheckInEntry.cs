using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// One check-in: when (ISO 8601, UTC, to the millisecond), pain 0–10, where, dull or sharp, whether it runs down a leg,
/// and days since it started. Only <c>recorded_at</c> and <c>pain</c> are required; a skipped answer is null.
/// </summary>
internal sealed class CheckInEntry
{
    public DateTimeOffset? RecordedAt { get; init; }

    public int? Pain { get; init; }

    public IReadOnlyList<PainLocationEntry?>? Where { get; init; }

    public PainCharacter? Character { get; init; }

    public bool? RadiatesDownLeg { get; init; }

    public int? DaysSinceStart { get; init; }
}
