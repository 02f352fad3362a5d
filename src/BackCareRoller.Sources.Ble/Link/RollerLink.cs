using System.Globalization;
using System.Reactive.Subjects;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Samples;
using BackCareRoller.Protocol;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Control;
using BackCareRoller.Protocol.Reassembly;
using BackCareRoller.Protocol.Samples;
using BackCareRoller.Sources.Ble.Bluetooth;
using BackCareRoller.Sources.Ble.Remembered;
using BackCareRoller.Sources.Ble.Roller;

namespace BackCareRoller.Sources.Ble.Link;

/// <summary>
/// Keeps one roller streaming for a whole session: finds it (remembered id, else a scan), connects within a timeout,
/// starts the stream, and after any loss — link drop, roller out of range, adapter power-cycle, bluetoothd restart,
/// a silent stream — retries with exponential backoff until it streams again, continuing the same session: sample
/// times stay on the session clock (one reassembler for the whole session) and each hole is reported as a
/// <see cref="LinkGap"/>. The state is published on <see cref="Status"/>; it never sits in "connecting" past the
/// connect timeout, and says "lost" (still retrying) once reconnecting has failed for <see cref="RollerLinkSettings.LostAfter"/>.
/// </summary>
public sealed class RollerLink : IAsyncDisposable
{
    private readonly IBluetooth _bluetooth;
    private readonly RollerLinkSettings _settings;
    private readonly TimeProvider _time;
    private readonly IRememberedRollers? _remembered;
    private readonly BehaviorSubject<LinkStatus> _status = new(LinkStatus.Idle);
    private readonly Subject<ImuSample> _samples = new();
    private readonly Lock _statusGate = new();
    private readonly Lock _sampleGate = new();
    private readonly DeviceSample[] _buffer = new DeviceSample[PacketLayout.ImuMaxSamples];
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _sessionStart;
    private Task _run = Task.CompletedTask;
    private ImuStreamReassembler? _reassembler;
    private IRollerChannel? _channel;
    private TimeSpan _lastPacketAt;
    private TimeSpan? _lastSampleTime;
    private TimeSpan? _gapStart;
    private int _started;

    /// <summary>Creates a link; call <see cref="Start"/> to begin.</summary>
    /// <param name="bluetooth">The Bluetooth backend.</param>
    /// <param name="settings">Timeouts and retry policy; defaults when null.</param>
    /// <param name="time">The clock for timeouts, backoff and sample arrival; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="remembered">Where paired rollers are kept; the roller is remembered once it streams.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public RollerLink(IBluetooth bluetooth, RollerLinkSettings? settings = null, TimeProvider? time = null, IRememberedRollers? remembered = null)
    {
        ArgumentNullException.ThrowIfNull(bluetooth);
        _bluetooth = bluetooth;
        _settings = settings ?? new RollerLinkSettings();
        _settings.Validate();
        _time = time ?? TimeProvider.System;
        _remembered = remembered;
        _sessionStart = _time.GetTimestamp();
    }

    /// <summary>Gets the link state, replaying the current one to each new subscriber.</summary>
    public IObservable<LinkStatus> Status => _status;

    /// <summary>Gets the current link state.</summary>
    public LinkStatus CurrentStatus => _status.Value;

    /// <summary>
    /// Gets the roller's samples on the session clock (<see cref="SensorRole.Roller"/>), across reconnections.
    /// Delivered on the Bluetooth receive thread: observers that do real work should <c>ObserveOn</c> a scheduler.
    /// </summary>
    public IObservable<ImuSample> Samples => _samples;

    /// <summary>Gets the stream counters (lost and malformed packets, missing samples, clock drift) of this session.</summary>
    public ReassemblyStatistics Statistics
    {
        get
        {
            lock (_sampleGate)
            {
                return _reassembler?.Statistics ?? default;
            }
        }
    }

    /// <summary>Starts looking for and streaming from a roller, in the background.</summary>
    /// <param name="rollerId">The roller to use; null for the most recently remembered one, or else the first roller a scan finds.</param>
    /// <exception cref="InvalidOperationException">The link was already started.</exception>
    public void Start(string? rollerId = null)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The roller link is already started.");
        }

        _run = Task.Run(() => RunAsync(rollerId, _stopping.Token), CancellationToken.None);
    }

    /// <summary>Buzzes the roller if it is streaming and has a motor.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the roller played it.</returns>
    public async Task<bool> PulseAsync(HapticPattern pattern, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _channel) is not { } channel || CurrentStatus.State != LinkState.Streaming)
        {
            return false;
        }

        try
        {
            return await channel.PulseAsync(pattern, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BluetoothException or RollerException or ObjectDisposedException)
        {
            // A buzz is a courtesy: a link dropping at that moment is handled by the reconnect loop.
            return false;
        }
    }

    /// <summary>Buzzes the pattern for an alert (SPEC.md 6.4 suggestions).</summary>
    /// <param name="kind">The alert.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the roller played it.</returns>
    public Task<bool> SignalAlertAsync(AlertKind kind, CancellationToken cancellationToken = default) =>
        PulseAsync(RollerHaptics.For(kind), cancellationToken);

    /// <summary>Stops the link, disconnects the roller and completes <see cref="Samples"/> and <see cref="Status"/>.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _run.ConfigureAwait(false);
        Publish(CurrentStatus with { State = LinkState.Idle, RetryIn = null, Reason = "stopped" });
        lock (_sampleGate)
        {
            _samples.OnCompleted();
        }

        lock (_statusGate)
        {
            _status.OnCompleted();
        }

        _stopping.Dispose();
    }

    private TimeSpan Now => _time.GetElapsedTime(_sessionStart);

    private async Task RunAsync(string? rollerId, CancellationToken cancellationToken)
    {
        var targetId = rollerId ?? await MostRecentRollerAsync(cancellationToken).ConfigureAwait(false);
        var attempt = 0;

        // Trouble starts when the link starts trying, or when a streaming link is lost; "lost" is measured from it.
        TimeSpan? troubleSince = Now;
        string? reason = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            IBluetoothDevice? device = null;
            var linkDown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnDisconnected(object? sender, EventArgs e) => linkDown.TrySetResult();
            try
            {
                device = await FindAsync(targetId, attempt, cancellationToken).ConfigureAwait(false);
                targetId = device.Id;

                // Subscribe before connecting: a drop right after the connect must not go unseen.
                device.GattServerDisconnected += OnDisconnected;
                var channel = await ConnectAsync(device, attempt, cancellationToken).ConfigureAwait(false);
                if (!device.Gatt.IsConnected)
                {
                    throw new BluetoothException("The link dropped while the stream was starting.");
                }

                attempt = 0;
                troubleSince = null;
                Publish(CurrentStatus with { State = LinkState.Streaming, Roller = Describe(device, channel), Attempt = 0, RetryIn = null, Reason = null });
                await RememberAsync(device, channel, cancellationToken).ConfigureAwait(false);
                reason = await WaitForLossAsync(linkDown.Task, cancellationToken).ConfigureAwait(false);
                troubleSince = Now;
                MarkGapStart();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (RollerException ex) when (ex.IsPermanent)
            {
                Publish(CurrentStatus with { State = LinkState.Lost, RetryIn = null, Reason = ex.Message });
                break;
            }
            catch (Exception ex) when (ex is BluetoothException or RollerException or TimeoutException or OperationCanceledException)
            {
                reason = ex is OperationCanceledException or TimeoutException
                    ? $"No answer from the roller within {_settings.ConnectTimeout.TotalSeconds:0.#} s (out of range or switched off?)."
                    : ex.Message;
            }
            finally
            {
                if (device is not null)
                {
                    device.GattServerDisconnected -= OnDisconnected;
                }

                await CloseChannelAsync(device, disconnect: cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            // Back off: the delay's timer exists before the state is published, so observers can advance a test clock.
            attempt++;
            troubleSince ??= Now;
            var delay = _settings.Backoff(attempt);
            var state = Now - troubleSince.Value >= _settings.LostAfter ? LinkState.Lost : LinkState.Reconnecting;
            await WaitBeforeRetryAsync(delay, () => Publish(CurrentStatus with { State = state, Attempt = attempt, RetryIn = delay, Reason = reason }), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> MostRecentRollerAsync(CancellationToken cancellationToken)
    {
        if (_remembered is null)
        {
            return null;
        }

        var rollers = await _remembered.ListAsync(cancellationToken).ConfigureAwait(false);
        return rollers.Count > 0 ? rollers[0].Id : null;
    }

    private async Task<IBluetoothDevice> FindAsync(string? targetId, int attempt, CancellationToken cancellationToken)
    {
        if (!await _bluetooth.GetAvailabilityAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new BluetoothException(_bluetooth is BlueZ.BlueZBluetooth bluez ? bluez.DescribeUnavailability() ?? "Bluetooth is unavailable." : "Bluetooth is unavailable.");
        }

        // A device the system still knows is connected to directly: the stack finds it without a scan.
        if (targetId is not null && await _bluetooth.GetDeviceAsync(targetId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        using var timeout = new CancellationTokenSource(_settings.ScanTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Publish(CurrentStatus with { State = LinkState.Scanning, Attempt = attempt, RetryIn = null });
        try
        {
            return await _bluetooth.RequestDeviceAsync(RollerGatt.AnyRoller with { DeviceId = targetId }, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new BluetoothException(targetId is null
                ? $"No roller found within {_settings.ScanTimeout.TotalSeconds:0.#} s: is it switched on and near?"
                : $"Roller {targetId} not found within {_settings.ScanTimeout.TotalSeconds:0.#} s: is it switched on and near?");
        }
    }

    private async Task<IRollerChannel> ConnectAsync(IBluetoothDevice device, int attempt, CancellationToken cancellationToken)
    {
        // One timeout bounds the whole attempt, so the link never sits in "connecting".
        using var timeout = new CancellationTokenSource(_settings.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Publish(CurrentStatus with { State = LinkState.Connecting, Attempt = attempt, RetryIn = null });
        await device.Gatt.ConnectAsync(linked.Token).ConfigureAwait(false);
        var channel = await RollerChannels.OpenAsync(device, _settings.SampleRateHz, _time, () => Now, linked.Token).ConfigureAwait(false);
        try
        {
            lock (_sampleGate)
            {
                if (_reassembler is null)
                {
                    _reassembler = new ImuStreamReassembler(channel.Configuration);
                }
                else
                {
                    // Same session, maybe a changed rate: keep the clock fit and counters.
                    _reassembler.Reconfigure(channel.Configuration);
                }

                _lastPacketAt = Now;
            }

            channel.PacketReceived += OnPacket;
            Volatile.Write(ref _channel, channel);
            await channel.StartStreamingAsync(linked.Token).ConfigureAwait(false);
            return channel;
        }
        catch
        {
            channel.PacketReceived -= OnPacket;
            Volatile.Write(ref _channel, null);
            await channel.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<string> WaitForLossAsync(Task linkDown, CancellationToken cancellationToken)
    {
        if (_settings.StallTimeout is not { } stall)
        {
            await linkDown.WaitAsync(cancellationToken).ConfigureAwait(false);
            return "The link to the roller was lost.";
        }

        // Watch for a silent stream too: a link that is up but carries nothing is as good as lost.
        while (true)
        {
            var check = Task.Delay(stall / 2, _time, cancellationToken);
            if (await Task.WhenAny(linkDown, check).ConfigureAwait(false) == linkDown)
            {
                return "The link to the roller was lost.";
            }

            await check.ConfigureAwait(false);
            TimeSpan silent;
            lock (_sampleGate)
            {
                silent = Now - _lastPacketAt;
            }

            if (silent >= stall)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The roller stopped sending data for {silent.TotalSeconds:0.#} s.");
            }
        }
    }

    private async Task WaitBeforeRetryAsync(TimeSpan delay, Action publish, CancellationToken cancellationToken)
    {
        var available = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAvailability(object? sender, bool isAvailable)
        {
            if (isAvailable)
            {
                available.TrySetResult();
            }
        }

        // Bluetooth coming back (adapter on, bluetoothd restarted) cuts the wait short.
        _bluetooth.AvailabilityChanged += OnAvailability;
        try
        {
            var wait = Task.Delay(delay, _time, cancellationToken);
            publish();
            await Task.WhenAny(wait, available.Task).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop checks the token.
        }
        finally
        {
            _bluetooth.AvailabilityChanged -= OnAvailability;
        }
    }

    private async Task CloseChannelAsync(IBluetoothDevice? device, bool disconnect)
    {
        var channel = Interlocked.Exchange(ref _channel, null);
        if (channel is not null)
        {
            channel.PacketReceived -= OnPacket;
            await channel.DisposeAsync().ConfigureAwait(false);
        }

        if (device is not null && (disconnect || device.Gatt.IsConnected))
        {
            try
            {
                await device.Gatt.DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (BluetoothException)
            {
                // Already gone.
            }
        }
    }

    private async Task RememberAsync(IBluetoothDevice device, IRollerChannel channel, CancellationToken cancellationToken)
    {
        if (_remembered is null)
        {
            return;
        }

        try
        {
            await _remembered.RememberAsync(new RememberedRoller(device.Id, device.Name, channel.Kind, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Streaming matters more than remembering; the next session simply scans.
        }
    }

    private void MarkGapStart()
    {
        lock (_sampleGate)
        {
            _gapStart ??= _lastSampleTime ?? Now;
        }
    }

    private void OnPacket(ReadOnlySpan<byte> packet)
    {
        LinkGap? closedGap = null;
        lock (_sampleGate)
        {
            if (_reassembler is null)
            {
                return;
            }

            var arrival = Now;
            _lastPacketAt = arrival;
            var result = _reassembler.Push(packet, arrival, _buffer);
            for (var i = 0; i < result.SamplesWritten; i++)
            {
                ref readonly var sample = ref _buffer[i];
                if (_gapStart is { } start)
                {
                    closedGap = new LinkGap(start, sample.Time);
                    _gapStart = null;
                }

                _lastSampleTime = sample.Time;
                _samples.OnNext(new ImuSample(sample.Time, SensorRole.Roller, sample.Acceleration, sample.AngularVelocity));
            }
        }

        if (closedGap is { } gap)
        {
            var status = CurrentStatus;
            Publish(status with { Reconnects = status.Reconnects + 1, LastGap = gap, TotalGap = status.TotalGap + gap.Duration });
        }
    }

    private void Publish(LinkStatus status)
    {
        lock (_statusGate)
        {
            if (!_status.IsDisposed && !_stopping.IsCancellationRequested || status.State == LinkState.Idle)
            {
                _status.OnNext(status);
            }
        }
    }

    private static RollerInfo Describe(IBluetoothDevice device, IRollerChannel channel)
    {
        var configuration = channel.Configuration;
        var firmware = channel.Kind == RollerKind.BackCareRoller
            ? string.Create(CultureInfo.InvariantCulture, $"{configuration.FirmwareMajor}.{configuration.FirmwareMinor}.{configuration.FirmwarePatch}")
            : null;
        return new RollerInfo(
            device.Id,
            device.Name,
            channel.Kind,
            channel.Mount,
            configuration.SampleRateHz,
            channel.BatteryPercent,
            firmware,
            configuration.RollerDiameterMillimetres == 0 ? null : configuration.RollerDiameterMillimetres,
            (configuration.Capabilities & DeviceCapabilities.Haptic) != 0);
    }
}
