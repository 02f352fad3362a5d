using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Core.Tests.CheckIns;

public sealed class RedFlagMessagesTests
{
    // Words that alarm or diagnose: the messages say what the person told us and what the routine advises, nothing more.
    private static readonly string[] Forbidden =
    [
        "!", "urgent", "emergency", "danger", "warning", "immediately", "serious", "severe", "alarm",
        "sciatica", "hernia", "disc", "nerve", "fracture", "tumour", "tumor", "cancer", "infection", "diagnos",
        "you have", "you may have", "risk",
    ];

    public static TheoryData<RedFlagKind> Kinds() => [.. Enum.GetValues<RedFlagKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Lines_AnyFlag_SayWhatWasReportedThenTheRoutinesGuidance(RedFlagKind kind)
    {
        var lines = RedFlagMessages.Lines(new RedFlagAssessment([kind], kind == RedFlagKind.LastingPain ? 9 : null, 1));

        Assert.Equal(RedFlagMessages.Reason(kind, 9), lines[0]);
        Assert.Contains("stop rolling the painful area and see a doctor or physiotherapist", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Lines_AnyFlag_AreCalmAndNeverADiagnosis(RedFlagKind kind)
    {
        var text = string.Join(' ', RedFlagMessages.Lines(new RedFlagAssessment([kind], 9, 1))) + RedFlagMessages.Label(kind);

        foreach (var word in Forbidden)
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }

        // Plain sentences: no shouting in capitals.
        Assert.DoesNotMatch("[A-Z]{3,}", text);
    }

    [Fact]
    public void Lines_NoFlag_IsEmpty()
    {
        Assert.Empty(RedFlagMessages.Lines(RedFlagAssessment.None));
    }

    [Fact]
    public void Reason_LastingWithDays_NamesTheDays()
    {
        Assert.Equal("You said the pain has lasted 12 days, which is more than a week.", RedFlagMessages.Reason(RedFlagKind.LastingPain, 12));
    }

    [Fact]
    public void Lines_SeveralFlags_OneReasonEachAndTheGuidanceOnce()
    {
        var lines = RedFlagMessages.Lines(new RedFlagAssessment([RedFlagKind.SharpPain, RedFlagKind.RadiatingPain], null, 1));

        Assert.Equal(4, lines.Count);
        Assert.Single(lines, line => line == RedFlagMessages.Advice);
    }

    [Fact]
    public void Reason_UndefinedFlag_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RedFlagMessages.Reason((RedFlagKind)99));
    }
}
