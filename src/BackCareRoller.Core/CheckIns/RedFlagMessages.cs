using System.Globalization;

namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// The words shown for red flags, at the end of a session and on the history page: calm and plain, saying what the
/// person told us and what the routine's own guidance says to do. Never alarming, never a diagnosis, no advice beyond
/// the routine's guidance (issue 8).
/// </summary>
public static class RedFlagMessages
{
    /// <summary>The routine's guidance when a red flag is raised.</summary>
    public const string Advice =
        "The routine's guidance for this is to stop rolling the painful area and see a doctor or physiotherapist.";

    /// <summary>Why the routine has this guidance: foam rolling is for muscle tightness.</summary>
    public const string Context = "Foam rolling helps with tight muscles; it is not meant for every kind of back pain.";

    /// <summary>One sentence saying what the check-ins showed, in the person's own terms.</summary>
    /// <param name="flag">The flag.</param>
    /// <param name="lastingDays">For <see cref="RedFlagKind.LastingPain"/>, how many days; ignored otherwise.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flag"/> is not a defined flag.</exception>
    public static string Reason(RedFlagKind flag, int? lastingDays = null) => flag switch
    {
        RedFlagKind.SharpPain => "You described the pain as sharp.",
        RedFlagKind.RadiatingPain => "You said the pain runs down your leg.",
        RedFlagKind.LastingPain => lastingDays is { } days
            ? string.Create(CultureInfo.InvariantCulture, $"You said the pain has lasted {days} days, which is more than a week.")
            : "You said the pain has lasted more than a week.",
        RedFlagKind.RisingAfterRolling => "Your pain was higher after rolling than before, in each of your last two sessions.",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown red flag."),
    };

    /// <summary>The lines to show for an assessment: one reason per flag, then the guidance; empty when no flag is raised.</summary>
    /// <param name="assessment">What the rules found.</param>
    /// <returns>The lines, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static IReadOnlyList<string> Lines(RedFlagAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (!assessment.Any)
        {
            return [];
        }

        var lines = new List<string>(assessment.Flags.Count + 2);
        foreach (var flag in assessment.Flags)
        {
            lines.Add(Reason(flag, assessment.LastingDays));
        }

        lines.Add(Advice);
        lines.Add(Context);
        return lines;
    }

    /// <summary>A short label per flag for tables and exports (e.g. a physiotherapist's spreadsheet).</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The label, lower case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flag"/> is not a defined flag.</exception>
    public static string Label(RedFlagKind flag) => flag switch
    {
        RedFlagKind.SharpPain => "sharp pain",
        RedFlagKind.RadiatingPain => "pain down a leg",
        RedFlagKind.LastingPain => "pain for more than a week",
        RedFlagKind.RisingAfterRolling => "pain higher after rolling, two sessions running",
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown red flag."),
    };
}
