using System.Numerics;
using BackCareRoller.Sources.SensorLogger;

namespace BackCareRoller.Sources.Tests.SensorLogger;

public sealed class SensorLoggerAssemblerTests
{
    private static SensorLoggerMessage Message(long id, params SensorLoggerReading[] readings) => new(id, "s", "d", readings);

    private static SensorLoggerReading Gyro(long ms, float x) => new(SensorLoggerSensor.Gyroscope, ms * 1_000_000, new Vector3(x, 0, 0));

    private static SensorLoggerReading Total(long ms) => new(SensorLoggerSensor.TotalAcceleration, ms * 1_000_000, new Vector3(0, 9.81f, 0));

    [Fact]
    public void Accept_AndroidAccelerometer_AddsGravityBack()
    {
        var assembler = new SensorLoggerAssembler();
        var samples = new List<SensorLoggerSample>();
        Assert.True(SensorLoggerParser.TryParse(SensorLoggerPayloads.AndroidMessage(0), out var message, out _));

        assembler.Accept(message, samples);

        Assert.Equal(2, samples.Count);
        Assert.Equal(new Vector3(-0.03f, 9.81f, 0.02f), samples[0].Acceleration);
        Assert.Equal(0.5f, samples[0].AngularVelocity.X);
        Assert.Equal(0.0, samples[0].DeviceSeconds);
        Assert.Equal(0.010, samples[1].DeviceSeconds, 9);
        Assert.Equal(new Vector3(0, 9.80f, 0), samples[1].Acceleration);
    }

    [Fact]
    public void Accept_OutOfOrderMessages_EmittedInMessageIdOrder()
    {
        var assembler = new SensorLoggerAssembler();
        var samples = new List<SensorLoggerSample>();

        assembler.Accept(Message(0, Total(0), Gyro(1, 1)), samples);
        assembler.Accept(Message(2, Gyro(21, 3)), samples);
        Assert.Single(samples);
        assembler.Accept(Message(1, Gyro(11, 2)), samples);

        Assert.Equal([1f, 2f, 3f], samples.Select(s => s.AngularVelocity.X));
        Assert.Equal(0, assembler.MessagesLost);
    }

    [Fact]
    public void Accept_GapNeverFilled_DeclaredLostAfterReorderWindow()
    {
        var assembler = new SensorLoggerAssembler();
        var samples = new List<SensorLoggerSample>();
        assembler.Accept(Message(0, Total(0), Gyro(1, 1)), samples);

        for (var id = 2; id <= 2 + SensorLoggerAssembler.ReorderWindow; id++)
        {
            assembler.Accept(Message(id, Gyro(id * 10, id)), samples);
        }

        Assert.Equal(1, assembler.MessagesLost);
        Assert.Equal(2 + SensorLoggerAssembler.ReorderWindow, samples.Count);
    }

    [Fact]
    public void Accept_DuplicateOrLateMessage_DroppedAndCounted()
    {
        var assembler = new SensorLoggerAssembler();
        var samples = new List<SensorLoggerSample>();
        assembler.Accept(Message(0, Total(0), Gyro(1, 1)), samples);

        assembler.Accept(Message(0, Gyro(2, 9)), samples);

        Assert.Single(samples);
        Assert.Equal(1, assembler.MessagesLate);
    }

    [Fact]
    public void Accept_GyroscopeBeforeAnyAcceleration_Skipped()
    {
        var assembler = new SensorLoggerAssembler();
        var samples = new List<SensorLoggerSample>();

        assembler.Accept(Message(0, Gyro(1, 1), Total(2), Gyro(3, 2)), samples);

        Assert.Equal([2f], samples.Select(s => s.AngularVelocity.X));
        Assert.Equal(1, assembler.ReadingsWithoutAcceleration);
    }
}
