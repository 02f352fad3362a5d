using BackCareRoller.Hosting.Limits;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Hosting.Tests.Limits;

public sealed class TokenBucketTests
{
    [Fact]
    public void TryTake_UpToTheBurst_ThenRefused()
    {
        var bucket = new TokenBucket(10, 3, new FakeTimeProvider());

        Assert.True(bucket.TryTake(1));
        Assert.True(bucket.TryTake(2));
        Assert.False(bucket.TryTake(1));
    }

    [Fact]
    public void TryTake_AfterTimePasses_RefilledAtTheRate()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(10, 10, time);
        Assert.True(bucket.TryTake(10));

        time.Advance(TimeSpan.FromMilliseconds(300));

        Assert.True(bucket.TryTake(3));
        Assert.False(bucket.TryTake(1));
    }

    [Fact]
    public void TryTake_LongIdle_RefillCappedAtTheBurst()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(10, 5, time);
        Assert.True(bucket.TryTake(5));

        time.Advance(TimeSpan.FromHours(1));

        Assert.False(bucket.TryTake(6));
        Assert.True(bucket.TryTake(5));
    }

    [Fact]
    public void TryTake_RefusedRequest_TakesNothing()
    {
        var bucket = new TokenBucket(1, 4, new FakeTimeProvider());

        Assert.False(bucket.TryTake(5));
        Assert.True(bucket.TryTake(4));
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(0, 1, TimeProvider.System));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(1, 0.5, TimeProvider.System));
        Assert.Throws<ArgumentNullException>(() => new TokenBucket(1, 1, null!));
    }
}
