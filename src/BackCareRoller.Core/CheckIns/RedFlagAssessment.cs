namespace BackCareRoller.Core.CheckIns;

/// <summary>What the red-flag rules found in the check-ins.</summary>
/// <param name="Flags">The flags raised, in <see cref="RedFlagKind"/> order; empty when none.</param>
/// <param name="LastingDays">How many days the pain had lasted when <see cref="RedFlagKind.LastingPain"/> is raised; else null.</param>
/// <param name="SessionId">The session whose check-ins were assessed (the latest with a check-in); null when there was none.</param>
public sealed record RedFlagAssessment(IReadOnlyList<RedFlagKind> Flags, int? LastingDays, long? SessionId)
{
    /// <summary>Nothing to assess, or nothing found.</summary>
    public static RedFlagAssessment None { get; } = new([], null, null);

    /// <summary>True when at least one flag is raised.</summary>
    public bool Any => Flags.Count > 0;

    /// <summary>True when <paramref name="flag"/> is raised.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>Whether it is among <see cref="Flags"/>.</returns>
    public bool Has(RedFlagKind flag) => Flags.Contains(flag);

    /// <inheritdoc/>
    public bool Equals(RedFlagAssessment? other) =>
        other is not null && Flags.SequenceEqual(other.Flags) && LastingDays == other.LastingDays && SessionId == other.SessionId;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Flags.Count, LastingDays, SessionId);
}
