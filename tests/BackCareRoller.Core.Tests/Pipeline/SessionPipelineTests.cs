using System.Numerics;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.TestKit.Samples;
using BackCareRoller.TestKit.VirtualTime;

namespace BackCareRoller.Core.Tests.Pipeline;

public sealed class SessionPipelineTests
{
    [Fact]
    public void SessionEvents_ArgumentChecking()
    {
        var samples = Observable.Empty<ImuSample>();
        Assert.Throws<ArgumentNullException>(() => SessionPipeline.SessionEvents(null!, AnalysisSettings.Default, ImmediateScheduler.Instance));
        Assert.Throws<ArgumentNullException>(() => samples.SessionEvents(null!, ImmediateScheduler.Instance));
        Assert.Throws<ArgumentNullException>(() => samples.SessionEvents(AnalysisSettings.Default, null!));
    }

    [Fact]
    public void RollerMotions_ArgumentChecking()
    {
        Assert.Throws<ArgumentNullException>(() => SessionPipeline.RollerMotions(null!, AnalysisSettings.Default));
        Assert.Throws<ArgumentNullException>(() => Observable.Empty<ImuSample>().RollerMotions(null!));
    }

    [Fact]
    public void SessionEvents_StillRollerAndBody_MotionPerRollerSampleReadingsAsPeriodsCloseThenCompletes()
    {
        var scheduler = VirtualClock.CreateScheduler();
        var body = SampleBuilder.BodyReclined([TimeSpan.FromSeconds(0.05)], 20).Single();
        var samples = scheduler.Emit(
            (0.0, SampleBuilder.Roller(0.0, 0)),
            (0.05, body),
            (0.1, SampleBuilder.Roller(0.1, 0)),
            (0.2, SampleBuilder.Roller(0.2, 0)));

        var recorded = samples.SessionEvents(AnalysisSettings.Default, scheduler).Record(scheduler);
        scheduler.Start();

        static SessionEvent Motion(double seconds) => SessionEvent.From(new RollerMotion(TimeSpan.FromSeconds(seconds), 0, 0, false, true));
        static SessionEvent Reading(double seconds) => SessionEvent.From(new SpeedReading(TimeSpan.FromSeconds(seconds), 0));
        Assert.Equal(
            [
                Recorded.OnNext(0.0, Motion(0.0)),
                Recorded.OnNext(0.0, SessionEvent.ZoneChanged(TimeSpan.Zero, BodyZone.None, null, RoutineMove.None)),
                Recorded.OnNext(0.1, Motion(0.1)),
                Recorded.OnNext(0.1, Reading(0.0)),
                Recorded.OnNext(0.2, Motion(0.2)),
                Recorded.OnNext(0.2, Reading(0.1)),
                Recorded.OnNext(0.2, Reading(0.2)),
                Recorded.OnCompleted<SessionEvent>(0.2),
            ],
            recorded);
    }

    [Fact]
    public void RollerMotions_UnknownMountTiltedPhone_SpeedIsOmegaTimesRadiusOnceAPass()
    {
        var settings = AnalysisSettings.Default.ForRecording(RollerMount.UnknownMount, 12);
        var axis = Vector3.Normalize(new Vector3(0.2f, 0.9f, -0.4f));
        var bias = new Vector3(0.01f, -0.02f, 0.005f);
        var times = SampleClock.Fixed(100, 7);
        var samples = SampleBuilder.RollerProfile(t => t < 2 ? 0 : 0.8, times, axis, bias, 0, new Random(1));

        var motions = new List<RollerMotion>();
        using (samples.ToObservable(ImmediateScheduler.Instance).RollerMotions(settings).Subscribe(motions.Add))
        {
            Assert.Equal(700, motions.Count);
            Assert.All(motions[350..], motion =>
            {
                Assert.Equal(0.8 * 0.06, motion.TraverseSpeedMetersPerSecond, tolerance: 1e-5);
                Assert.False(motion.AxisSignKnown);
            });
        }
    }
}
