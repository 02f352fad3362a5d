namespace BackCareRoller.Formats.Reports;

/// <summary>
/// <c>checkin</c> (issue 8): how the person felt before and after the session. Optional: left out when no check-in
/// was given; <c>before</c> or <c>after</c> is null when that one was skipped.
/// </summary>
internal sealed class CheckInsEntry
{
    public CheckInEntry? Before { get; init; }

    public CheckInEntry? After { get; init; }
}
