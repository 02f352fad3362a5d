namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// How the person feels before or after a session (issue 8). Only the pain is required; every other answer may be
/// skipped (null). Valid values are checked by <see cref="CheckInValidation"/> where a check-in enters the product.
/// </summary>
public sealed record CheckIn
{
    /// <summary>When the check-in was given (wall clock).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>Pain on the 0–10 scale: 0 none, 10 the worst imaginable.</summary>
    public required int Pain { get; init; }

    /// <summary>Where it hurts; empty when not said.</summary>
    public IReadOnlyList<PainLocation> Where { get; init; } = [];

    /// <summary>Dull/aching or sharp; null when not said.</summary>
    public PainCharacter? Character { get; init; }

    /// <summary>Whether the pain runs down a leg; null when not said.</summary>
    public bool? RadiatesDownLeg { get; init; }

    /// <summary>Whole days since the pain started (0 = today); null when not said.</summary>
    public int? DaysSinceStart { get; init; }

    /// <inheritdoc/>
    public bool Equals(CheckIn? other) =>
        other is not null
        && RecordedAt == other.RecordedAt
        && Pain == other.Pain
        && Where.SequenceEqual(other.Where)
        && Character == other.Character
        && RadiatesDownLeg == other.RadiatesDownLeg
        && DaysSinceStart == other.DaysSinceStart;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecordedAt, Pain, Where.Count, Character, RadiatesDownLeg, DaysSinceStart);
}
