using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Sql;

namespace BackCareRoller.Storage.Tests.Sql;

public sealed class StorageNamesTests
{
    [Fact]
    public void Of_EveryZone_RoundTripsThroughItsSnakeCaseName()
    {
        foreach (var zone in Enum.GetValues<BodyZone>())
        {
            Assert.Equal(zone, StorageNames.ZoneFrom(StorageNames.Of(zone)));
        }

        Assert.Equal("upper_back", StorageNames.Of(BodyZone.UpperBack));
        Assert.Equal("hip_flexors", StorageNames.Of(BodyZone.HipFlexors));
    }

    [Fact]
    public void Of_EveryAlertSideAndStatus_RoundTrips()
    {
        foreach (var kind in Enum.GetValues<AlertKind>())
        {
            Assert.Equal(kind, StorageNames.AlertFrom(StorageNames.Of(kind)));
        }

        foreach (var side in Enum.GetValues<BodySide>())
        {
            Assert.Equal(side, StorageNames.SideFrom(StorageNames.Of(side)));
        }

        foreach (var status in Enum.GetValues<SessionStatus>())
        {
            Assert.Equal(status, StorageNames.StatusFrom(StorageNames.Of(status)));
        }

        Assert.Equal("too_fast", StorageNames.Of(AlertKind.TooFast));
    }

    [Fact]
    public void ZoneFrom_UnknownText_ThrowsInvalidData()
    {
        var error = Assert.Throws<InvalidDataException>(() => StorageNames.ZoneFrom("elbow"));

        Assert.Contains("elbow", error.Message, StringComparison.Ordinal);
    }
}
