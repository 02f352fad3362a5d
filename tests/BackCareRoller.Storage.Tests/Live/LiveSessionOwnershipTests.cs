using BackCareRoller.Storage.Live;
using BackCareRoller.Storage.Tests.Support;

namespace BackCareRoller.Storage.Tests.Live;

public sealed class LiveSessionOwnershipTests
{
    private const long Now = 1_000_000;
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);
    private readonly FakeProcessProbe _probe = new("this-host", 100, running: 200);

    [Fact]
    public void IsOrphaned_OwnerOnThisHostNotRunning_IsTrueEvenWithAFreshHeartbeat()
    {
        Assert.True(LiveSessionOwnership.IsOrphaned(new OwnerIdentity("this-host", 300, 5), Now, Now, StaleAfter, _probe));
    }

    [Fact]
    public void IsOrphaned_OwnerOnThisHostRunning_IsFalseEvenWithAStaleHeartbeat()
    {
        Assert.False(LiveSessionOwnership.IsOrphaned(new OwnerIdentity("this-host", 200, 5), 0, Now, StaleAfter, _probe));
    }

    [Fact]
    public void IsOrphaned_OwnedByThisProcess_IsFalse()
    {
        Assert.False(LiveSessionOwnership.IsOrphaned(new OwnerIdentity("this-host", 100, 5), 0, Now, StaleAfter, _probe));
    }

    [Theory]
    [InlineData(60_000, false)]
    [InlineData(60_001, true)]
    public void IsOrphaned_OwnerOnAnotherHost_DependsOnHeartbeatAge(long ageMs, bool orphaned)
    {
        var owner = new OwnerIdentity("other-host", 200, 5);

        Assert.Equal(orphaned, LiveSessionOwnership.IsOrphaned(owner, Now - ageMs, Now, StaleAfter, _probe));
    }

    [Fact]
    public void IsOrphaned_NoOwnerAndNoHeartbeat_IsTrue()
    {
        Assert.True(LiveSessionOwnership.IsOrphaned(null, null, Now, StaleAfter, _probe));
    }
}
