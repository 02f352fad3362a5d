using BackCareRoller.Core.CheckIns;
using BackCareRoller.Storage;

namespace BackCareRoller.Cli.Commands;

/// <summary>Writes the red-flag message (issue 8) at the end of a session, after a check-in, and under the history.</summary>
internal static class CheckInAdvice
{
    public const string Heading = "A note about your pain:";

    /// <summary>Writes the assessment's lines under a heading, after a blank line; writes nothing when no flag is raised.</summary>
    public static async Task WriteAsync(TextWriter output, RedFlagAssessment assessment)
    {
        var lines = RedFlagMessages.Lines(assessment);
        if (lines.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(Heading).ConfigureAwait(false);
        foreach (var line in lines)
        {
            await output.WriteLineAsync("  " + line).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Assesses every stored check-in and writes the message if a flag is raised: what <c>analyze --save</c> and
    /// <c>serve</c> call once a session and its check-ins are stored.
    /// </summary>
    /// <returns>The assessment written.</returns>
    public static async Task<RedFlagAssessment> WriteForLatestAsync(TextWriter output, SessionStore store, CancellationToken cancellationToken)
    {
        var timeline = await store.GetCheckInTimelineAsync(cancellationToken).ConfigureAwait(false);
        var assessment = RedFlagRules.Assess(timeline);
        await WriteAsync(output, assessment).ConfigureAwait(false);
        return assessment;
    }
}
