using BackCareRoller.Core.RollAxis;

using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Speed;

/// <summary>Axis-rate sequences for the roller-motion tests.</summary>
internal static class MotionInputs
{
    /// <summary>Axis rates at <paramref name="rateHz"/> from <paramref name="start"/>, each segment a (seconds, rad/s) pair.</summary>
    public static AxisRate[] Rates(double rateHz, double start, params (double Seconds, double Omega)[] segments)
    {
        var rates = new List<AxisRate>();
        var t = start;
        var i = 0L;
        foreach (var (seconds, omega) in segments)
        {
            var end = t + seconds;
            for (; start + (i / rateHz) < end - 1e-9; i++)
            {
                var time = SampleClock.Seconds(start + (i / rateHz));
                rates.Add(new AxisRate(time, i == 0 ? 0 : 1 / rateHz, i == 0, omega, true));
            }

            t = end;
        }

        return [.. rates];
    }
}
