using BackCareRoller.Cli.Commands;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Cli.Tests;

public sealed class CheckInAnswersTests
{
    public static TheoryData<string, PainLocation[]> Places() => new()
    {
        { "lower back", [new(PainArea.LowerBack, null)] },
        { "Lower-Back", [new(PainArea.LowerBack, null)] },
        { "lower_back,leg left", [new(PainArea.LowerBack, null), new(PainArea.Leg, BodySide.Left)] },
        { "lower back, left leg", [new(PainArea.LowerBack, null), new(PainArea.Leg, BodySide.Left)] },
        { "left leg and right buttock", [new(PainArea.Leg, BodySide.Left), new(PainArea.Buttock, BodySide.Right)] },
        { "leg right", [new(PainArea.Leg, BodySide.Right)] },
        { "both legs", [new(PainArea.Leg, null)] },
        { "glutes", [new(PainArea.Buttock, null)] },
        { "leg, leg", [new(PainArea.Leg, null)] },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void TryParseWhere_HowPeopleSayIt_GivesThePlaces(string text, PainLocation[] expected)
    {
        Assert.True(CheckInAnswers.TryParseWhere(text, out var where));
        Assert.Equal(expected, where);
    }

    [Theory]
    [InlineData("")]
    [InlineData("knee")]
    [InlineData("left")]
    [InlineData("lower back, neck")]
    [InlineData("left right leg")]
    public void TryParseWhere_UnknownPlace_Fails(string text)
    {
        Assert.False(CheckInAnswers.TryParseWhere(text, out _));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData(" 10 ", true)]
    [InlineData("11", false)]
    [InlineData("-1", false)]
    [InlineData("4.5", false)]
    [InlineData("+3", false)]
    public void TryParsePain_WholeNumbersFromZeroToTen(string text, bool valid)
    {
        Assert.Equal(valid, CheckInAnswers.TryParsePain(text, out _));
    }

    [Theory]
    [InlineData("d", PainCharacter.Dull)]
    [InlineData("Aching", PainCharacter.Dull)]
    [InlineData("S", PainCharacter.Sharp)]
    [InlineData("sharp", PainCharacter.Sharp)]
    public void TryParseCharacter_ShortAndLongForms(string text, PainCharacter expected)
    {
        Assert.True(CheckInAnswers.TryParseCharacter(text, out var character));
        Assert.Equal(expected, character);
    }

    [Theory]
    [InlineData("Y", true, true)]
    [InlineData("no", true, false)]
    [InlineData("maybe", false, false)]
    public void TryParseYesNo_YesOrNo(string text, bool valid, bool expected)
    {
        Assert.Equal(valid, CheckInAnswers.TryParseYesNo(text, out var yes));
        Assert.Equal(expected, yes);
    }
}
