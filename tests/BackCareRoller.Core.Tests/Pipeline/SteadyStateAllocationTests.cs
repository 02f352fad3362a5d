using System.Numerics;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Bias;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Pipeline;

/// <summary>Throughput is a product requirement (DESIGN.md section 7): no stage allocates per sample once running.</summary>
public sealed class SteadyStateAllocationTests
{
    private static readonly ImuSample[] Samples = [.. SampleBuilder.Interleave(
        SampleBuilder.RollerProfile(t => t < 2 ? 0 : 0.8 * Math.Sin(t), SampleClock.Fixed(200, 20), Vector3.UnitX, new Vector3(0.01f, 0, 0), 0.01, new Random(5)),
        SampleBuilder.BodyReclined(SampleClock.Fixed(100, 20), 20))];

    private static long AllocatedBy(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Steps_AllStagesOverTwentySeconds_AllocateNothing()
    {
        var alignment = AlignmentSettings.Default;
        var bias = GyroBiasSettings.Default;
        var axis = RollAxisSettings.For(RollerMount.FirmwareAxis);
        var motion = RollerMotionSettings.Default;
        var onRoller = OnRollerSettings.Default;
        var readings = SpeedReadingSettings.Default;
        var tooFast = TooFastSettings.Default;

        var allocated = AllocatedBy(() =>
        {
            var aligned = AlignmentState.Initial;
            var biasState = GyroBiasState.Initial;
            var axisState = RollAxisState.For(axis);
            var gate = OnRollerState.Initial;
            var readingState = SpeedReadingState.Initial;
            var tooFastState = TooFastState.Initial;
            foreach (var sample in Samples)
            {
                aligned = SampleAligner.Step(aligned, sample, alignment);
                if (sample.Sensor == SensorRole.Body)
                {
                    gate = OnRollerGate.StepBody(gate, aligned.Current, onRoller);
                    continue;
                }

                biasState = GyroBiasEstimator.Step(biasState, aligned.Current, bias);
                var corrected = aligned.Current with { Sample = sample with { AngularVelocity = biasState.Corrected } };
                gate = OnRollerGate.Step(gate, corrected, onRoller);
                axisState = RollAxisEstimator.Step(axisState, corrected, gate.OnRoller, axis);
                var rate = new AxisRate(sample.Time, corrected.IntervalSeconds, corrected.FollowsGap, axisState.RateRadiansPerSecond, true, gate.OnRoller);
                var rollerMotion = RollerMotionEstimator.Step(rate, motion);
                while (SpeedReadingAggregator.TryClose(readingState, rollerMotion, readings, out _, out readingState))
                {
                }

                readingState = SpeedReadingAggregator.Add(readingState, rollerMotion, readings);
                tooFastState = TooFastRule.Step(tooFastState, rollerMotion, tooFast);
            }
        });

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Run_WholePipelineOnLongerRecording_AllocatesNothingMorePerSample()
    {
        // The same recording three times over (times shifted), against once: the difference is the per-sample cost.
        var once = Samples;
        var end = Samples[^1].Time + TimeSpan.FromMilliseconds(5);
        var thrice = once.Concat(once.Select(s => s with { Time = s.Time + end })).Concat(once.Select(s => s with { Time = s.Time + end + end })).ToArray();
        var events = 0L;
        void Count(SessionEvent e) => events++;

        var short1 = AllocatedBy(() => SessionReplay.Run(once, AnalysisSettings.Default, Count));
        var long3 = AllocatedBy(() => SessionReplay.Run(thrice, AnalysisSettings.Default, Count));

        var perSample = (double)(long3 - short1) / (thrice.Length - once.Length);
        Assert.True(perSample < 0.5, $"{perSample:0.###} bytes per sample ({short1} B for {once.Length}, {long3} B for {thrice.Length})");
    }
}
