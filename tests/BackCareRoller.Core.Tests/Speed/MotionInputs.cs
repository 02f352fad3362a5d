using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Speed;

/// <summary>Aligned roller samples for the on-roller tests.</summary>
internal static class MotionInputs
{
    /// <summary>Aligned roller samples at <paramref name="rateHz"/> from <paramref name="start"/>, each segment a (seconds, rad/s about +x) pair.</summary>
    public static AlignedSample[] Rollers(double rateHz, double start, params (double Seconds, double Omega)[] segments)
    {
        var samples = new List<AlignedSample>();
        var t = start;
        var i = 0L;
        foreach (var (seconds, omega) in segments)
        {
            var end = t + seconds;
            for (; start + (i / rateHz) < end - 1e-9; i++)
            {
                var sample = SampleBuilder.Roller(SampleClock.Seconds(start + (i / rateHz)), new Vector3((float)omega, 0, 0));
                samples.Add(new AlignedSample(sample, i == 0 ? 0 : 1 / rateHz, i == 0));
            }

            t = end;
        }

        return [.. samples];
    }

    /// <summary>Aligned body samples.</summary>
    public static AlignedSample[] Bodies(IEnumerable<ImuSample> body) => Steps.Align(body);
}
