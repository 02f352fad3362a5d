using System.Runtime.CompilerServices;

namespace BackCareRoller.Core.Alerts;

/// <summary>
/// The moving-average window as a fixed ring of time buckets held inline, so the too-fast state stays a value
/// with no heap buffer: the window's tenths plus one partly covered bucket at its old end.
/// </summary>
[InlineArray(BucketCount)]
internal struct TooFastWindow
{
    /// <summary>Buckets spanning one window.</summary>
    public const int BucketsPerWindow = 10;

    /// <summary>Buckets held: one window plus the bucket the window's start falls into.</summary>
    public const int BucketCount = BucketsPerWindow + 1;

    private TooFastBucket _element0;
}
