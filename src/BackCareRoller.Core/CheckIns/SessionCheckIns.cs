namespace BackCareRoller.Core.CheckIns;

/// <summary>A session's check-ins: before and after rolling, each optional.</summary>
/// <param name="Before">The check-in before the session; null when skipped.</param>
/// <param name="After">The check-in after the session; null when skipped.</param>
public sealed record SessionCheckIns(CheckIn? Before, CheckIn? After)
{
    /// <summary>No check-in at all.</summary>
    public static SessionCheckIns None { get; } = new(null, null);

    /// <summary>True when neither check-in was given.</summary>
    public bool IsEmpty => Before is null && After is null;

    /// <summary>The check-in at <paramref name="moment"/>.</summary>
    /// <param name="moment">Before or after.</param>
    /// <returns>The check-in, or null when not given.</returns>
    public CheckIn? At(CheckInMoment moment) => moment == CheckInMoment.Before ? Before : After;

    /// <summary>These check-ins with the one at <paramref name="moment"/> replaced.</summary>
    /// <param name="moment">Before or after.</param>
    /// <param name="checkIn">The new check-in; null to remove it.</param>
    /// <returns>The updated check-ins.</returns>
    public SessionCheckIns With(CheckInMoment moment, CheckIn? checkIn) =>
        moment == CheckInMoment.Before ? this with { Before = checkIn } : this with { After = checkIn };
}
