using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using static BackCareRoller.Core.Tests.CheckIns.CheckInBuilder;

namespace BackCareRoller.Core.Tests.CheckIns;

public sealed class RedFlagRulesTests
{
    [Fact]
    public void Assess_NoSessions_RaisesNothing()
    {
        Assert.Equal(RedFlagAssessment.None, RedFlagRules.Assess([]));
    }

    [Fact]
    public void Assess_SessionsWithoutCheckIns_RaisesNothing()
    {
        Assert.Equal(RedFlagAssessment.None, RedFlagRules.Assess([Pair(1, 0, null, null), Pair(2, 1, null, null)]));
    }

    [Fact]
    public void Assess_CalmDullShortPain_RaisesNothing()
    {
        var session = Session(1, 0, Pain(5, character: PainCharacter.Dull, radiates: false, days: 3, where: new PainLocation(PainArea.LowerBack, null)));

        var assessment = RedFlagRules.Assess([session]);

        Assert.Empty(assessment.Flags);
        Assert.Equal(1, assessment.SessionId);
    }

    [Theory]
    [InlineData(PainCharacter.Sharp, true)]
    [InlineData(PainCharacter.Dull, false)]
    public void Assess_CharacterBefore_SharpIsAFlag(PainCharacter character, bool flagged)
    {
        var assessment = RedFlagRules.Assess([Session(1, 0, Pain(3, character: character))]);

        Assert.Equal(flagged, assessment.Has(RedFlagKind.SharpPain));
    }

    [Fact]
    public void Assess_SharpOnlyAfterRolling_IsAFlag()
    {
        var assessment = RedFlagRules.Assess([Session(1, 0, Pain(2, character: PainCharacter.Dull), Pain(2, character: PainCharacter.Sharp))]);

        Assert.Equal([RedFlagKind.SharpPain], assessment.Flags);
    }

    [Fact]
    public void Assess_SharpWithPainZero_IsNoFlag()
    {
        // No pain means nothing is sharp: the answer describes a pain that is not there.
        var assessment = RedFlagRules.Assess([Session(1, 0, Pain(0, character: PainCharacter.Sharp))]);

        Assert.False(assessment.Any);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public void Assess_Radiating_YesIsAFlag(bool? radiates, bool flagged)
    {
        var assessment = RedFlagRules.Assess([Session(1, 0, Pain(4, radiates: radiates))]);

        Assert.Equal(flagged, assessment.Has(RedFlagKind.RadiatingPain));
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(30, true)]
    public void Assess_DaysSinceStart_MoreThanSevenIsAFlag(int days, bool flagged)
    {
        var assessment = RedFlagRules.Assess([Session(1, 0, Pain(3, days: days))]);

        Assert.Equal(flagged, assessment.Has(RedFlagKind.LastingPain));
        Assert.Equal(flagged ? days : null, assessment.LastingDays);
    }

    [Theory]
    [InlineData(2, false)] // 5 + 2 = 7 days: a week, not more
    [InlineData(3, true)] // 5 + 3 = 8 days
    public void Assess_PainStillThereDaysLater_CountsTheDaysSinceItWasSaid(int daysLater, bool flagged)
    {
        // "Started 5 days ago" on day 0; the later check-in only gives the pain, which has not gone.
        var sessions = new[] { Session(1, 0, Pain(4, days: 5)), Session(2, daysLater, Pain(3)) };

        var assessment = RedFlagRules.Assess(sessions);

        Assert.Equal(flagged, assessment.Has(RedFlagKind.LastingPain));
        Assert.Equal(2, assessment.SessionId);
    }

    [Fact]
    public void Assess_PainGoneInBetween_StartsANewEpisode()
    {
        // The pain went (0) on day 2; what was said on day 0 is about the earlier pain.
        var sessions = new[] { Session(1, 0, Pain(4, days: 5)), Session(2, 2, Pain(0)), Session(3, 10, Pain(3)) };

        Assert.False(RedFlagRules.Assess(sessions).Has(RedFlagKind.LastingPain));
    }

    [Fact]
    public void Assess_PainGoneAfterRolling_StillFlagsWhatWasSaidBefore()
    {
        var assessment = RedFlagRules.Assess([Session(1, 0, Pain(4, days: 10), Pain(0))]);

        Assert.Equal([RedFlagKind.LastingPain], assessment.Flags);
    }

    [Fact]
    public void Assess_RiseInExactlyTwoSessions_IsAFlag()
    {
        var assessment = RedFlagRules.Assess([Pair(1, 0, 3, 4), Pair(2, 1, 2, 5)]);

        Assert.Equal([RedFlagKind.RisingAfterRolling], assessment.Flags);
    }

    [Fact]
    public void Assess_RiseInOneSessionOnly_IsNoFlag()
    {
        Assert.False(RedFlagRules.Assess([Pair(1, 0, 3, 4)]).Any);
    }

    [Fact]
    public void Assess_RiseThenFall_IsNoFlag()
    {
        Assert.False(RedFlagRules.Assess([Pair(1, 0, 3, 4), Pair(2, 1, 3, 2)]).Any);
    }

    [Fact]
    public void Assess_RiseEarlierButNotInTheLatest_IsNoFlag()
    {
        // Two rises, then a session where rolling helped: the last two no longer both rise.
        Assert.False(RedFlagRules.Assess([Pair(1, 0, 3, 4), Pair(2, 1, 3, 4), Pair(3, 2, 4, 3)]).Any);
    }

    [Fact]
    public void Assess_EqualPainAfter_IsNotARise()
    {
        Assert.False(RedFlagRules.Assess([Pair(1, 0, 3, 4), Pair(2, 1, 4, 4)]).Any);
    }

    [Fact]
    public void Assess_SessionWithoutBothCheckInsInBetween_NeitherCountsNorBreaksTheRise()
    {
        var assessment = RedFlagRules.Assess([Pair(1, 0, 3, 4), Pair(2, 1, 5, null), Pair(3, 2, null, null), Pair(4, 3, 2, 3)]);

        Assert.True(assessment.Has(RedFlagKind.RisingAfterRolling));
    }

    [Fact]
    public void Assess_SessionsOutOfOrder_AreSortedByStart()
    {
        // Latest by start is session 1 (day 5): dull; the sharp one is older.
        var sharpEarlier = Session(2, 0, Pain(3, character: PainCharacter.Sharp));
        var dullLater = Session(1, 5, Pain(3, character: PainCharacter.Dull));

        var assessment = RedFlagRules.Assess([dullLater, sharpEarlier]);

        Assert.False(assessment.Any);
        Assert.Equal(1, assessment.SessionId);
    }

    [Fact]
    public void Assess_EarlierSharpPainButLatestCalm_IsNoFlag()
    {
        // The flag speaks about how the person is now: the latest check-in says dull.
        var sessions = new[] { Session(1, 0, Pain(6, character: PainCharacter.Sharp)), Session(2, 1, Pain(2, character: PainCharacter.Dull)) };

        Assert.False(RedFlagRules.Assess(sessions).Any);
    }

    [Fact]
    public void Assess_LatestSessionWithoutCheckIn_LooksAtTheLatestThatHasOne()
    {
        var sessions = new[] { Session(1, 0, Pain(6, radiates: true)), Pair(2, 1, null, null) };

        var assessment = RedFlagRules.Assess(sessions);

        Assert.Equal([RedFlagKind.RadiatingPain], assessment.Flags);
        Assert.Equal(1, assessment.SessionId);
    }

    [Fact]
    public void Assess_EveryRule_FlagsInDeclarationOrder()
    {
        var sessions = new[]
        {
            Pair(1, 0, 2, 3),
            Session(2, 1, Pain(3, character: PainCharacter.Sharp, radiates: true, days: 12), Pain(5)),
        };

        var assessment = RedFlagRules.Assess(sessions);

        Assert.Equal([RedFlagKind.SharpPain, RedFlagKind.RadiatingPain, RedFlagKind.LastingPain, RedFlagKind.RisingAfterRolling], assessment.Flags);
        Assert.Equal(12, assessment.LastingDays);
    }

    [Fact]
    public void AssessEach_FlagsAsOfEachSession_AndNoneForSessionsWithoutCheckIns()
    {
        var sessions = new[] { Pair(1, 0, 3, 4), Pair(2, 1, null, null), Pair(3, 2, 3, 5), Pair(4, 3, 3, 2) };

        var each = RedFlagRules.AssessEach(sessions);

        Assert.Equal([1L, 2, 3, 4], each.Select(e => e.Session.SessionId));
        Assert.Equal([false, false, true, false], each.Select(e => e.Assessment.Has(RedFlagKind.RisingAfterRolling)));
    }

    [Fact]
    public void Assess_SideAndWhere_DoNotChangeTheFlags()
    {
        var left = Session(1, 0, Pain(4, where: new PainLocation(PainArea.Leg, BodySide.Left)));
        var right = Session(1, 0, Pain(4, where: new PainLocation(PainArea.Buttock, BodySide.Right)));

        Assert.Equal(RedFlagRules.Assess([left]), RedFlagRules.Assess([right]));
    }
}
