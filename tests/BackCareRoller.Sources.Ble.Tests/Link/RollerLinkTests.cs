using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Samples;
using BackCareRoller.DBus.Values;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Sources.Ble.BlueZ;
using BackCareRoller.Sources.Ble.Link;
using BackCareRoller.Sources.Ble.Remembered;
using BackCareRoller.Sources.Ble.Roller;
using BackCareRoller.Sources.Ble.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Sources.Ble.Tests.Link;

/// <summary>
/// The roller link end to end against the bluez mock: scan, connect, stream, decode, commands, and every kind of loss.
/// Time is a FakeTimeProvider: the tests advance it exactly when the link waits (backoff, timeouts), never sleep.
/// </summary>
public sealed class RollerLinkTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private BluezMock _mock = null!;
    private ObjectPath _adapter;
    private BlueZBluetooth _bluetooth = null!;
    private RollerLink? _link;
    private Recorder<LinkStatus> _status = null!;
    private Recorder<ImuSample> _samples = null!;

    public async Task InitializeAsync()
    {
        _mock = await BluezMock.StartAsync();
        _adapter = await _mock.AddAdapterAsync();
        _bluetooth = await BlueZBluetooth.ConnectAsync(_mock.Address, new BlueZOptions { TimeProvider = _time });
    }

    public async Task DisposeAsync()
    {
        if (_link is not null)
        {
            await _link.DisposeAsync();
        }

        _status?.Dispose();
        _samples?.Dispose();
        await _bluetooth.DisposeAsync();
        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task Start_RollerInRange_ScansConnectsAndStartsTheStream()
    {
        var roller = await MockRoller.AddAsync(_mock);
        await using var control = await _mock.WatchCallsAsync(roller.ControlPoint);

        StartLink();
        var streaming = await _status.WaitForAsync(s => s.State == LinkState.Streaming);
        var start = await control.NextAsync("WriteValue");

        Assert.Equal(new byte[] { 0x01, 1 }, start[0]);
        Assert.Equal([LinkState.Idle, LinkState.Scanning, LinkState.Connecting, LinkState.Streaming], _status.Values.Select(s => s.State));
        Assert.Equal(new RollerInfo(MockRoller.Address, MockRoller.Name, RollerKind.BackCareRoller, RollerMount.FirmwareAxis, 100, 87, "1.2.3", 150, true), streaming.Roller);
    }

    [Fact]
    public async Task Samples_Notifications_AreDecodedWithTheConfiguredScales()
    {
        var roller = await StreamingRollerAsync();

        await roller.NotifyAsync(MockRoller.Packet(0, 1_000_000, 3, flags: ImuPacketFlags.StreamStart));
        var samples = await _samples.WaitForCountAsync(3);

        var accel = MockRoller.ReferenceConfiguration.AccelerometerLsbScale;
        var gyro = MockRoller.ReferenceConfiguration.GyroscopeLsbScale;
        Assert.All(samples, s => Assert.Equal(SensorRole.Roller, s.Sensor));
        Assert.Equal(2 * accel, samples[1].Acceleration.Y, 6);
        Assert.Equal(8192 * accel, samples[2].Acceleration.Z, 5);
        Assert.Equal(102 * gyro, samples[2].AngularVelocity.X, 6);
        Assert.Equal(-102 * gyro, samples[2].AngularVelocity.Z, 6);
        Assert.True(samples[0].Time < samples[1].Time && samples[1].Time < samples[2].Time);
        Assert.Equal(TimeSpan.FromMilliseconds(10), samples[2].Time - samples[1].Time);
    }

    [Fact]
    public async Task Samples_MalformedNotifications_AreCountedAndTheStreamContinues()
    {
        var roller = await StreamingRollerAsync();
        var wrongVersion = MockRoller.Packet(1, 1_010_000, 1);
        wrongVersion[0] = 0x21;

        await roller.NotifyAsync([0x11, 0x00]);
        await roller.NotifyAsync(wrongVersion);
        await roller.NotifyAsync([.. MockRoller.Packet(2, 1_020_000, 1), 0xff]);
        await roller.NotifyAsync(MockRoller.Packet(0, 1_000_000, 2, flags: ImuPacketFlags.StreamStart));
        await _samples.WaitForCountAsync(2);

        Assert.Equal(3, _link!.Statistics.MalformedPackets);
        Assert.Equal(2, _samples.Count);
        Assert.Equal(LinkState.Streaming, _link.CurrentStatus.State);
    }

    [Fact]
    public async Task Link_LinkDropsMidStream_ReconnectsResumesTheSessionAndReportsTheGap()
    {
        var roller = await StreamingRollerAsync();
        await using var control = await _mock.WatchCallsAsync(roller.ControlPoint);
        await roller.NotifyAsync(MockRoller.Packet(0, 1_000_000, 5, flags: ImuPacketFlags.StreamStart));
        await _samples.WaitForCountAsync(5);
        var beforeLoss = _samples.Values[^1].Time;

        await _mock.DropLinkAsync(roller.Device);
        var reconnecting = await _status.WaitForAsync(s => s.State == LinkState.Reconnecting);
        Assert.Equal(1, reconnecting.Attempt);
        Assert.Equal(TimeSpan.FromMilliseconds(500), reconnecting.RetryIn);
        Assert.Contains("lost", reconnecting.Reason, StringComparison.Ordinal);
        var mark = _status.Count;
        _time.Advance(TimeSpan.FromMilliseconds(500));
        await _status.WaitForAsync(s => s.State == LinkState.Streaming, mark);
        Assert.Equal(new byte[] { 0x01, 1 }, (await control.NextAsync("WriteValue"))[0]);

        // The roller restarts its stream (sequence 0) with its clock running on; 0.6 s of samples are missing.
        await roller.NotifyAsync(MockRoller.Packet(0, 1_650_000, 1, flags: ImuPacketFlags.StreamStart));
        var resumed = await _status.WaitForAsync(s => s.Reconnects == 1);
        var samples = await _samples.WaitForCountAsync(6);

        Assert.True(samples[5].Time > beforeLoss);
        Assert.Equal(beforeLoss, resumed.LastGap!.Value.Start);
        Assert.Equal(samples[5].Time, resumed.LastGap.Value.End);
        Assert.Equal(resumed.LastGap.Value.Duration, resumed.TotalGap);
        Assert.Equal(0, resumed.Attempt);
    }

    [Fact]
    public async Task Link_RollerVanishesMidStream_ScansForItAndResumesWhenItIsBack()
    {
        var roller = await StreamingRollerAsync();

        await _mock.VanishAsync(roller.Device);
        await _status.WaitForAsync(s => s.State == LinkState.Reconnecting);
        var mark = _status.Count;
        _time.Advance(TimeSpan.FromMilliseconds(500));
        await _status.WaitForAsync(s => s.State == LinkState.Scanning, mark);
        await MockRoller.AddAsync(_mock);

        await _status.WaitForAsync(s => s.State == LinkState.Streaming, mark);
        var filter = (DBusDictionary)(await _mock.CallsAsync(_adapter, "SetDiscoveryFilter"))[^1][0];
        Assert.Equal("le", filter.ToStringVariantMap()["Transport"]);
    }

    [Fact]
    public async Task Link_ConnectNeverAnswers_TimesOutBacksOffAndReportsLostThenRecovers()
    {
        var roller = await MockRoller.AddAsync(_mock);
        await _mock.SetConnectModeAsync(roller.Device, "hang");
        StartLink(new RollerLinkSettings { ConnectTimeout = TimeSpan.FromSeconds(10), LostAfter = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromSeconds(4) });
        var retries = new List<(LinkState State, TimeSpan? RetryIn)>();

        // Each attempt waits out the connect timeout, then the backoff; after 30 s of failing the link is "lost".
        // Marks are taken before each advance: the link reacts to an advance before the next line runs.
        var mark = 0;
        while (retries.Count < 5)
        {
            await _status.WaitForAsync(s => s.State == LinkState.Connecting, mark);
            mark = _status.Count;
            _time.Advance(TimeSpan.FromSeconds(10));
            var waiting = await _status.WaitForAsync(s => s.State is LinkState.Reconnecting or LinkState.Lost, mark);
            retries.Add((waiting.State, waiting.RetryIn));
            Assert.Contains("No answer from the roller within 10 s", waiting.Reason, StringComparison.Ordinal);
            mark = _status.Count;
            _time.Advance(waiting.RetryIn!.Value);
        }

        Assert.Equal(
            [
                (LinkState.Reconnecting, TimeSpan.FromSeconds(0.5)),
                (LinkState.Reconnecting, TimeSpan.FromSeconds(1)),
                (LinkState.Lost, TimeSpan.FromSeconds(2)),
                (LinkState.Lost, TimeSpan.FromSeconds(4)),
                (LinkState.Lost, TimeSpan.FromSeconds(4)),
            ],
            retries);

        await _mock.SetConnectModeAsync(roller.Device, "resolve");
        await _status.WaitForAsync(s => s.State == LinkState.Connecting, mark);
        mark = _status.Count;
        _time.Advance(TimeSpan.FromSeconds(10));
        var retry = await _status.WaitForAsync(s => s.State == LinkState.Lost, mark);
        mark = _status.Count;
        _time.Advance(retry.RetryIn!.Value);
        await _status.WaitForAsync(s => s.State == LinkState.Streaming, mark);
    }

    [Fact]
    public async Task Link_AdapterPowerCycle_ReconnectsAsSoonAsTheAdapterIsBack()
    {
        await StreamingRollerAsync(new RollerLinkSettings { InitialBackoff = TimeSpan.FromSeconds(5), MaxBackoff = TimeSpan.FromSeconds(10) });

        await _mock.PowerAdapterAsync(_adapter, false);
        await _status.WaitForAsync(s => s.State == LinkState.Reconnecting);
        var mark = _status.Count;
        _time.Advance(TimeSpan.FromSeconds(5));
        var off = await _status.WaitForAsync(s => s.State == LinkState.Reconnecting, mark);
        Assert.Contains("adapter is off", off.Reason, StringComparison.Ordinal);

        // Powering on ends the 10 s backoff early: no clock advance needed.
        mark = _status.Count;
        await _mock.PowerAdapterAsync(_adapter, true);
        await _status.WaitForAsync(s => s.State == LinkState.Streaming, mark);
    }

    [Fact]
    public async Task Link_BluetoothServiceRestarts_ReconnectsToTheSameRoller()
    {
        await StreamingRollerAsync(new RollerLinkSettings { InitialBackoff = TimeSpan.FromSeconds(5), MaxBackoff = TimeSpan.FromSeconds(10) });

        await _mock.StopServiceAsync();
        await _status.WaitForAsync(s => s.State == LinkState.Reconnecting);
        var mark = _status.Count;

        // bluetoothd comes back and re-creates its objects; the link notices without waiting out the backoff.
        await _mock.StartServiceAsync();
        await _mock.AddAdapterAsync();
        await MockRoller.AddAsync(_mock);
        var back = await _status.WaitForAsync(s => s.State == LinkState.Streaming, mark);

        Assert.Equal(MockRoller.Address, back.Roller!.Id);
    }

    [Fact]
    public async Task Link_StreamGoesSilent_IsTreatedAsLostAfterTheStallTimeout()
    {
        var roller = await StreamingRollerAsync();
        await using var device = await _mock.WatchCallsAsync(roller.Device);

        _time.Advance(TimeSpan.FromSeconds(2.5));
        _time.Advance(TimeSpan.FromSeconds(2.5));
        var stalled = await _status.WaitForAsync(s => s.State == LinkState.Reconnecting);

        Assert.Contains("stopped sending data", stalled.Reason, StringComparison.Ordinal);
        await device.NextAsync("Disconnect");
    }

    [Fact]
    public async Task Start_RollerNeverAnswersStart_RetriesOnceWithANewTokenThenReconnects()
    {
        var roller = await MockRoller.AddAsync(_mock);
        await using var control = await _mock.WatchCallsAsync(roller.ControlPoint);
        await _mock.SilenceControlPointAsync(roller.ControlPoint);

        StartLink();
        Assert.Equal(new byte[] { 0x01, 1 }, (await control.NextAsync("WriteValue"))[0]);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new byte[] { 0x01, 2 }, (await control.NextAsync("WriteValue"))[0]);
        var mark = _status.Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        var failed = await _status.WaitForAsync(s => s.State == LinkState.Reconnecting, mark);

        Assert.Contains("did not answer the StartStreaming command", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignalAlert_Lumbar_WritesTheHapticCommandTheMockObserves()
    {
        var roller = await StreamingRollerAsync();
        await using var control = await _mock.WatchCallsAsync(roller.ControlPoint);

        Assert.True(await _link!.SignalAlertAsync(AlertKind.Lumbar));

        // HAPTIC_PULSE, token 2 (START_STREAMING was 1), 100 %, 3 pulses, 200 ms on, 100 ms off (SPEC.md 6.4).
        Assert.Equal(new byte[] { 0x06, 2, 100, 3, 200, 0, 100, 0 }, (await control.NextAsync("WriteValue"))[0]);
    }

    [Fact]
    public async Task SignalAlert_RollerRefuses_ReturnsFalse()
    {
        var roller = await StreamingRollerAsync();
        await _mock.SetControlResultAsync(roller.ControlPoint, 0x06, 0x02);

        Assert.False(await _link!.SignalAlertAsync(AlertKind.Neck));
    }

    [Fact]
    public async Task SignalAlert_RollerWithoutMotor_ReturnsFalseWithoutWriting()
    {
        var roller = await MockRoller.AddAsync(_mock, MockRoller.ReferenceConfiguration with { Capabilities = 0 });
        StartLink();
        await _status.WaitForAsync(s => s.State == LinkState.Streaming);

        Assert.False(await _link!.SignalAlertAsync(AlertKind.Lumbar));
        Assert.Single(await _mock.CallsAsync(roller.ControlPoint, "WriteValue"));
    }

    [Fact]
    public async Task Start_RollerWithAnotherProtocolMajor_IsLostWithAnUpdateMessage()
    {
        var config = MockRoller.Encode(MockRoller.ReferenceConfiguration);
        config[0] = 2;
        await MockRoller.AddAsync(_mock, rawConfiguration: config);

        StartLink();
        var lost = await _status.WaitForAsync(s => s.State == LinkState.Lost);

        Assert.Contains("protocol 2.0", lost.Reason, StringComparison.Ordinal);
        Assert.Contains("Update the app", lost.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RememberedRoller_ConnectsWithoutScanningAndIsRememberedAgain()
    {
        var store = new InMemoryRememberedRollers();
        await store.RememberAsync(new RememberedRoller(MockRoller.Address, MockRoller.Name, RollerKind.BackCareRoller, _time.GetUtcNow().AddDays(-1)));
        await MockRoller.AddAsync(_mock);
        _time.Advance(TimeSpan.FromHours(1));

        StartLink(remembered: store);
        await _status.WaitForAsync(s => s.State == LinkState.Streaming);

        Assert.Empty(await _mock.CallsAsync(_adapter, "StartDiscovery"));
        Assert.DoesNotContain(_status.Values, s => s.State == LinkState.Scanning);
        Assert.Equal(_time.GetUtcNow(), Assert.Single(await store.ListAsync()).LastConnected);
    }

    [Fact]
    public async Task Start_Thingy52_StreamsRawDataAsUnknownMountRollerSamples()
    {
        var thingy = await MockRoller.AddThingyAsync(_mock);
        await using var config = await _mock.WatchCallsAsync(thingy.ThingyConfiguration);

        StartLink();
        var streaming = await _status.WaitForAsync(s => s.State == LinkState.Streaming);
        var write = await config.NextAsync("WriteValue");
        await _mock.NotifyAsync(thingy.ThingyRaw, Convert.FromHexString("FAFFF4FFF603" + "2000E0FF4000" + "10000000F0FF"));
        var sample = (await _samples.WaitForCountAsync(1))[0];

        // Motion processing frequency set to 100 Hz (bytes 6–7 of the 9-byte configuration).
        Assert.Equal(new byte[] { 0xe8, 0x03, 0xf4, 0x01, 0xf4, 0x01, 100, 0, 1 }, write[0]);
        Assert.Equal(RollerKind.Thingy52, streaming.Roller!.Kind);
        Assert.Equal(RollerMount.UnknownMount, streaming.Roller.Mount);
        Assert.Equal(1014 * 9.80665 / 1024, sample.Acceleration.Z, 4);
        Assert.Equal(-6 * 9.80665 / 1024, sample.Acceleration.X, 4);
        Assert.Equal(Math.PI / 180, sample.AngularVelocity.X, 5);
        Assert.Equal(2 * Math.PI / 180, sample.AngularVelocity.Z, 5);
    }

    private void StartLink(RollerLinkSettings? settings = null, IRememberedRollers? remembered = null)
    {
        _link = new RollerLink(_bluetooth, settings, _time, remembered);
        _status = new Recorder<LinkStatus>(_link.Status);
        _samples = new Recorder<ImuSample>(_link.Samples);
        _link.Start();
    }

    private async Task<MockRoller> StreamingRollerAsync(RollerLinkSettings? settings = null)
    {
        var roller = await MockRoller.AddAsync(_mock);
        StartLink(settings);
        await _status.WaitForAsync(s => s.State == LinkState.Streaming);
        return roller;
    }
}
