using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using static BackCareRoller.Core.Tests.CheckIns.CheckInBuilder;

namespace BackCareRoller.Core.Tests.CheckIns;

public sealed class CheckInValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void TryValidate_PainAtTheEndsOfTheScale_IsValid(int pain)
    {
        Assert.True(CheckInValidation.TryValidate(Pain(pain, days: 0), out var problem));
        Assert.Equal(string.Empty, problem);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void TryValidate_PainOffTheScale_NamesPain(int pain)
    {
        Assert.False(CheckInValidation.TryValidate(Pain(pain), out var problem));
        Assert.StartsWith("pain must be", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(36_500, true)]
    [InlineData(36_501, false)]
    public void TryValidate_DaysSinceStart_InRange(int days, bool valid)
    {
        Assert.Equal(valid, CheckInValidation.TryValidate(Pain(3, days: days), out var problem));
        Assert.Equal(valid, problem.Length == 0);
    }

    [Fact]
    public void TryValidate_UndefinedAreaOrSide_IsInvalid()
    {
        Assert.False(CheckInValidation.TryValidate(Pain(3, where: new PainLocation((PainArea)7, null)), out _));
        Assert.False(CheckInValidation.TryValidate(Pain(3, where: new PainLocation(PainArea.Leg, (BodySide)5)), out _));
        Assert.False(CheckInValidation.TryValidate(Pain(3, character: (PainCharacter)4), out _));
    }

    [Fact]
    public void Equals_SameAnswersInNewLists_AreEqual()
    {
        var a = Pain(3, where: [new PainLocation(PainArea.Leg, BodySide.Left), new PainLocation(PainArea.LowerBack, null)]);
        var b = Pain(3, where: [new PainLocation(PainArea.Leg, BodySide.Left), new PainLocation(PainArea.LowerBack, null)]);
        var c = Pain(3, where: [new PainLocation(PainArea.Leg, BodySide.Right), new PainLocation(PainArea.LowerBack, null)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }
}
