namespace BackCareRoller.Core.Summary;

/// <summary>
/// Rolling time per speed bin, allocated once, from which the time-weighted median speed is read without storing
/// samples. Resolution is one bin width; within a bin the median is interpolated linearly.
/// </summary>
internal sealed class SpeedHistogram
{
    private readonly long[] _ticks;
    private readonly int _bins;
    private readonly double _binWidth;
    private readonly double _max;
    private long _totalTicks;

    /// <summary>Creates an empty histogram.</summary>
    /// <param name="binWidthMetersPerSecond">Width of one bin.</param>
    /// <param name="maxMetersPerSecond">Top of the last regular bin; faster time goes to one overflow bin.</param>
    internal SpeedHistogram(double binWidthMetersPerSecond, double maxMetersPerSecond)
    {
        // The small tolerance keeps 0.5 / 0.0005 at 1000 bins despite binary rounding.
        _bins = Math.Max(1, (int)Math.Ceiling((maxMetersPerSecond / binWidthMetersPerSecond) - 1e-9));
        _ticks = new long[_bins + 1];
        _binWidth = binWidthMetersPerSecond;
        _max = maxMetersPerSecond;
    }

    /// <summary>Adds <paramref name="duration"/> of rolling at <paramref name="speedMetersPerSecond"/>.</summary>
    /// <param name="speedMetersPerSecond">A speed of 0 or more.</param>
    /// <param name="duration">Time spent at that speed.</param>
    internal void Add(double speedMetersPerSecond, TimeSpan duration)
    {
        var index = speedMetersPerSecond >= _max ? _bins : Math.Min(_bins - 1, (int)(speedMetersPerSecond / _binWidth));
        _ticks[index] += duration.Ticks;
        _totalTicks += duration.Ticks;
    }

    /// <summary>The speed below which half of the rolling time was spent.</summary>
    /// <param name="medianMetersPerSecond">The median; the histogram top when more than half the time overflowed.</param>
    /// <returns>False when no time has been added.</returns>
    internal bool TryMedian(out double medianMetersPerSecond)
    {
        medianMetersPerSecond = 0;
        if (_totalTicks == 0)
        {
            return false;
        }

        // Walk the bins until half the time is covered; interpolate within the bin that crosses it.
        var half = _totalTicks / 2.0;
        long before = 0;
        for (var i = 0; i < _bins; i++)
        {
            var inBin = _ticks[i];
            if (inBin > 0 && before + inBin >= half)
            {
                medianMetersPerSecond = (i + ((half - before) / inBin)) * _binWidth;
                return true;
            }

            before += inBin;
        }

        medianMetersPerSecond = _max;
        return true;
    }
}
