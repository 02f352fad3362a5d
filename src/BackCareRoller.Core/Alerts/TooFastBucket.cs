namespace BackCareRoller.Core.Alerts;

/// <summary>One time bucket of the too-fast moving average.</summary>
/// <param name="Distance">∫|v|dt over the bucket, m.</param>
/// <param name="Seconds">Time covered by samples in the bucket.</param>
internal readonly record struct TooFastBucket(double Distance, double Seconds);
