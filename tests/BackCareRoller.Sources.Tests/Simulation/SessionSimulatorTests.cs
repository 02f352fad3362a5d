using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Tests.Simulation;

public sealed class SessionSimulatorTests
{
    [Fact]
    public void Create_SameSeedTwice_IdenticalSamplesAndTruth()
    {
        var options = new SimulationOptions { Seed = 42, Duration = TimeSpan.FromMinutes(1) };
        var a = SessionSimulator.Create(options);
        var b = SessionSimulator.Create(options);

        Assert.Equal(a.Samples.Take(5000), b.Samples.Take(5000));
        Assert.Equal(a.Truth.Zones, b.Truth.Zones);
        Assert.Equal(a.Truth.Timeline, b.Truth.Timeline);
        Assert.Equal(a.Scenario, b.Scenario);
    }

    [Fact]
    public void Create_DifferentSeeds_DifferentSessions()
    {
        var a = Simulations.Default(1);
        var b = Simulations.Default(2);

        Assert.NotEqual(a.Samples.Take(100), b.Samples.Take(100));
        Assert.NotEqual(a.Scenario.HeightMeters + a.Scenario.RollerDiameterMeters, b.Scenario.HeightMeters + b.Scenario.RollerDiameterMeters);
    }

    [Fact]
    public void Samples_EnumeratedTwice_SameSequence()
    {
        var session = Simulations.Default(3);

        Assert.Equal(session.Samples.Take(20_000).ToList(), session.Samples.Take(20_000).ToList());
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 6, MemberType = typeof(Simulations))]
    public void Samples_AnySeed_OrderedInsideSessionAndMonotonicPerSensor(int seed)
    {
        var session = Simulations.Default(seed);
        var previous = TimeSpan.MinValue;
        var last = new[] { TimeSpan.MinValue, TimeSpan.MinValue };
        var count = new long[2];
        foreach (var sample in session.Samples)
        {
            Assert.True(sample.Time >= previous, $"sample at {sample.Time} after {previous}");
            Assert.True(sample.Time >= last[(int)sample.Sensor]);
            Assert.InRange(sample.Time, TimeSpan.Zero, session.Duration);
            Assert.True(float.IsFinite(sample.Acceleration.X + sample.Acceleration.Y + sample.Acceleration.Z));
            Assert.InRange(sample.AngularVelocity.Length(), 0, 20);
            previous = sample.Time;
            last[(int)sample.Sensor] = sample.Time;
            count[(int)sample.Sensor]++;
        }

        // Roughly rate × duration per sensor, less what was dropped (at most a few per cent plus the dropouts).
        var scenario = session.Scenario;
        var seconds = session.Duration.TotalSeconds;
        Assert.InRange(count[0], 0.85 * scenario.RollerSensor.SampleRateHz * seconds, 1.01 * scenario.RollerSensor.SampleRateHz * seconds);
        Assert.InRange(count[1], 0.85 * scenario.BodySensor!.SampleRateHz * seconds, 1.01 * scenario.BodySensor.SampleRateHz * seconds);
    }

    [Fact]
    public void Create_NoBodySensor_RollerSamplesUnchangedAndNoBodyRows()
    {
        var withBody = SessionSimulator.Create(new SimulationOptions { Seed = 9, Duration = TimeSpan.FromMinutes(1) });
        var rollerOnly = SessionSimulator.Create(new SimulationOptions { Seed = 9, Duration = TimeSpan.FromMinutes(1), BodySensor = false });

        Assert.DoesNotContain(rollerOnly.Samples, s => s.Sensor == SensorRole.Body);
        Assert.Equal(withBody.Samples.Where(s => s.Sensor == SensorRole.Roller), rollerOnly.Samples);
        Assert.Null(rollerOnly.Scenario.BodySensor);
        Assert.Null(rollerOnly.Metadata.BodySensor);
    }

    [Fact]
    public void Create_OptionsGiven_UsedInScenarioAndMetadata()
    {
        var session = SessionSimulator.Create(new SimulationOptions
        {
            Seed = 4,
            Duration = TimeSpan.FromMinutes(2),
            HeightMeters = 1.55,
            RollerDiameterMeters = 0.10,
            SampleRateHz = 50,
            Mount = RollerMount.UnknownMount,
            Mistakes = SimulationMistakes.None,
        });

        Assert.Equal(TimeSpan.FromMinutes(2), session.Duration);
        Assert.Equal(1.55, session.Scenario.HeightMeters);
        Assert.Equal(0.10, session.Scenario.RollerDiameterMeters);
        Assert.Equal(50, session.Scenario.RollerSensor.SampleRateHz);
        Assert.Equal(50, session.Scenario.BodySensor!.SampleRateHz);
        Assert.Equal(RollerMount.UnknownMount, session.Metadata.RollerMount);
        Assert.Equal(1.55, session.Metadata.HeightMeters);
        Assert.Equal(0.10, session.Metadata.RollerDiameterMeters);
        Assert.Equal(RecordingFormat.RightHip, session.Metadata.BodySensor);
        Assert.Equal("4", session.Metadata.AdditionalProperties["seed"]);
    }

    [Fact]
    public void Create_OneOptionFixed_OtherDrawsUnchanged()
    {
        var drawn = Simulations.Default(11).Scenario;
        var fixedHeight = SessionSimulator.Create(new SimulationOptions { Seed = 11, HeightMeters = 1.99 }).Scenario;

        Assert.Equal(drawn.RollerDiameterMeters, fixedHeight.RollerDiameterMeters);
        Assert.Equal(drawn.RollerSensor with { Dropouts = 0 }, fixedHeight.RollerSensor with { Dropouts = 0 });
        Assert.Equal(drawn.BodyMisalignmentDegrees, fixedHeight.BodyMisalignmentDegrees);
        Assert.Equal(1.99, fixedHeight.HeightMeters);
    }

    [Theory]
    [InlineData(0.1, null, null, null, "duration")]
    [InlineData(300.0, null, null, null, "duration")]
    [InlineData(null, 1.2, null, null, "height")]
    [InlineData(null, double.NaN, null, null, "height")]
    [InlineData(null, null, 0.5, null, "roller diameter")]
    [InlineData(null, null, null, 5.0, "sample rate")]
    public void Create_OptionOutOfRange_ThrowsNamingIt(double? minutes, double? height, double? diameter, double? rate, string named)
    {
        var options = new SimulationOptions
        {
            Duration = minutes is { } m ? TimeSpan.FromMinutes(m) : null,
            HeightMeters = height,
            RollerDiameterMeters = diameter,
            SampleRateHz = rate,
        };

        var error = Assert.Throws<ArgumentException>(() => SessionSimulator.Create(options));

        Assert.StartsWith(named, error.Message, StringComparison.Ordinal);
        Assert.False(options.TryValidate(out _));
    }

    [Fact]
    public void Create_UndefinedMistakesLevel_Rejected()
    {
        var options = new SimulationOptions { Mistakes = (SimulationMistakes)7 };

        Assert.Throws<ArgumentException>(() => SessionSimulator.Create(options));
    }

    [Fact]
    public void Create_NoDuration_OneRoutineOfAboutSixToEightMinutes()
    {
        var minutes = Enumerable.Range(0, 8).Select(seed => Simulations.Default(seed).Duration.TotalMinutes).ToList();

        Assert.All(minutes, m => Assert.InRange(m, 5, 10));
        Assert.InRange(minutes.Average(), 6, 8);
    }

    [Fact]
    public void Samples_TwoHourSession_StreamsWithoutHoldingSamples()
    {
        // 2 h at 400 Hz is ~5.8 M samples; streaming the first 200 k must allocate far less than holding them would.
        var session = SessionSimulator.Create(new SimulationOptions { Seed = 5, Duration = TimeSpan.FromHours(2), SampleRateHz = 400 });
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = session.Samples.Take(200_000).Count();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200_000, count);
        Assert.True(allocated < 2_000_000, $"allocated {allocated} bytes");
        Assert.Equal(TimeSpan.FromHours(2), session.Duration);
    }
}
