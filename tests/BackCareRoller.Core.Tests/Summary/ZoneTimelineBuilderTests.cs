using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using static BackCareRoller.Core.Tests.Summary.SummaryStreams;

namespace BackCareRoller.Core.Tests.Summary;

public sealed class ZoneTimelineBuilderTests
{
    [Fact]
    public void Build_NoUpdates_OneNoneSpanOverTheSession()
    {
        var timeline = ZoneTimelineBuilder.Build([], S(30));

        Assert.Equal([new ZoneInterval(S(0), S(30), BodyZone.None, null)], timeline);
    }

    [Fact]
    public void Build_ZeroLengthSession_IsEmpty()
    {
        Assert.Empty(ZoneTimelineBuilder.Build([], TimeSpan.Zero));
    }

    [Fact]
    public void Build_ZoneChanges_OneSpanPerZoneAndSide()
    {
        var timeline = ZoneTimelineBuilder.Build(
            [
                new ZoneUpdate(S(3), BodyZone.UpperBack, null, RoutineMove.UpperBack),
                new ZoneUpdate(S(41.5), BodyZone.Lumbar, null, RoutineMove.UpperBack),
                new ZoneUpdate(S(42), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes),
                new ZoneUpdate(S(50), BodyZone.Glutes, BodySide.Right, RoutineMove.Glutes),
            ],
            S(60));

        Assert.Equal(
            [
                new ZoneInterval(S(0), S(3), BodyZone.None, null),
                new ZoneInterval(S(3), S(41.5), BodyZone.UpperBack, null),
                new ZoneInterval(S(41.5), S(42), BodyZone.Lumbar, null),
                new ZoneInterval(S(42), S(50), BodyZone.Glutes, BodySide.Left),
                new ZoneInterval(S(50), S(60), BodyZone.Glutes, BodySide.Right),
            ],
            timeline);
    }

    [Fact]
    public void Build_SameZoneRepeatedOrMoveChangeOnly_DoesNotSplit()
    {
        var timeline = ZoneTimelineBuilder.Build(
            [
                new ZoneUpdate(S(0), BodyZone.Hamstrings, BodySide.Left, RoutineMove.Glutes),
                new ZoneUpdate(S(1), BodyZone.Hamstrings, BodySide.Left, RoutineMove.Glutes),
                new ZoneUpdate(S(2), BodyZone.Hamstrings, BodySide.Left, RoutineMove.Hamstrings),
            ],
            S(10));

        Assert.Equal([new ZoneInterval(S(0), S(10), BodyZone.Hamstrings, BodySide.Left)], timeline);
    }

    [Fact]
    public void Build_ZeroLengthSpanBetweenTwoOfTheSameZone_MergesThem()
    {
        var timeline = ZoneTimelineBuilder.Build(
            [
                new ZoneUpdate(S(0), BodyZone.UpperBack, null, RoutineMove.UpperBack),
                new ZoneUpdate(S(10), BodyZone.Lumbar, null, RoutineMove.UpperBack),
                new ZoneUpdate(S(10), BodyZone.UpperBack, null, RoutineMove.UpperBack),
            ],
            S(20));

        Assert.Equal([new ZoneInterval(S(0), S(20), BodyZone.UpperBack, null)], timeline);
    }

    [Fact]
    public void Build_NoneZoneWithASide_DropsTheSide()
    {
        var timeline = ZoneTimelineBuilder.Build([new ZoneUpdate(S(0), BodyZone.None, BodySide.Left, RoutineMove.None)], S(5));

        Assert.Equal([new ZoneInterval(S(0), S(5), BodyZone.None, null)], timeline);
    }

    [Fact]
    public void Build_EndBeforeTheLatestUpdate_ExtendsToThatUpdate()
    {
        var timeline = ZoneTimelineBuilder.Build([new ZoneUpdate(S(8), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes)], S(5));

        Assert.Equal([new ZoneInterval(S(0), S(8), BodyZone.None, null)], timeline);
    }

    [Fact]
    public void Build_EndBeforeALatestUpdateThatContinuedTheSpan_ExtendsToThatUpdate()
    {
        var timeline = ZoneTimelineBuilder.Build(
            [
                new ZoneUpdate(S(0), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes),
                new ZoneUpdate(S(300), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes),
            ],
            S(250));

        Assert.Equal([new ZoneInterval(S(0), S(300), BodyZone.Glutes, BodySide.Left)], timeline);
    }

    [Fact]
    public void Build_CalledMidSessionThenContinued_DoesNotChangeTheBuilder()
    {
        var builder = new ZoneTimelineBuilder();
        builder.Add(new ZoneUpdate(S(2), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        var early = builder.Build(S(5));
        builder.Add(new ZoneUpdate(S(9), BodyZone.None, null, RoutineMove.None));

        Assert.Equal(new ZoneInterval(S(2), S(5), BodyZone.Glutes, BodySide.Left), early[^1]);
        Assert.Equal(
            [
                new ZoneInterval(S(0), S(2), BodyZone.None, null),
                new ZoneInterval(S(2), S(9), BodyZone.Glutes, BodySide.Left),
                new ZoneInterval(S(9), S(12), BodyZone.None, null),
            ],
            builder.Build(S(12)));
    }
}
