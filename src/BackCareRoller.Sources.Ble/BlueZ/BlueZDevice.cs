using BackCareRoller.DBus.Values;
using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>
/// A bluetoothd device object (<c>org.bluez.Device1</c>) and its GATT server. The link is up once Connect returned
/// and <c>ServicesResolved</c> turned true; it is down when <c>Connected</c> turns false, the object disappears
/// (out of range), or bluetoothd stops — each raises <see cref="GattServerDisconnected"/> once.
/// </summary>
internal sealed class BlueZDevice : IBluetoothDevice, IRemoteGattServer, IReportsBattery
{
    private static readonly string[] AlreadyConnected = [BlueZNames.ErrorAlreadyConnected];
    private static readonly string[] NotConnected = [BlueZNames.ErrorNotConnected];

    private readonly BlueZBluetooth _bluetooth;
    private readonly Lock _gate = new();
    private TaskCompletionSource? _resolving;
    private bool _linkUp;

    public BlueZDevice(BlueZBluetooth bluetooth, ObjectPath path, string address)
    {
        _bluetooth = bluetooth;
        Path = path;
        Id = address;
        bluetooth.Cache.PropertiesUpdated += OnPropertiesUpdated;
        bluetooth.Cache.ObjectRemoved += OnObjectRemoved;
        bluetooth.Cache.ServiceChanged += OnServiceChanged;
    }

    public event EventHandler? GattServerDisconnected;

    public ObjectPath Path { get; }

    public string Id { get; }

    public string? Name =>
        Cache.TryGet<string>(Path, BlueZNames.Device, "Name", out var name) ? name
        : Cache.TryGet<string>(Path, BlueZNames.Device, "Alias", out var alias) ? alias
        : null;

    public short? Rssi => Cache.TryGet<short>(Path, BlueZNames.Device, "RSSI", out var rssi) ? rssi : null;

    /// <summary>Gets the battery level bluetoothd reads from the Battery service (org.bluez.Battery1), if present.</summary>
    public byte? BatteryPercentage => Cache.TryGet<byte>(Path, BlueZNames.Battery, "Percentage", out var percentage) ? percentage : null;

    public IRemoteGattServer Gatt => this;

    public IBluetoothDevice Device => this;

    public bool IsConnected =>
        Cache.TryGet<bool>(Path, BlueZNames.Device, "Connected", out var connected) && connected
        && Cache.TryGet<bool>(Path, BlueZNames.Device, "ServicesResolved", out var resolved) && resolved;

    internal BlueZBluetooth Bluetooth => _bluetooth;

    private BlueZObjectCache Cache => _bluetooth.Cache;

    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (!Cache.Has(Path, BlueZNames.Device))
        {
            throw new BluetoothException($"{Id} is not known to bluetoothd (out of range or forgotten); scan for it first.");
        }

        var resolving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _resolving = resolving;
        }

        try
        {
            // Connect returns when the link is up; service discovery ends with ServicesResolved = true.
            await BlueZCalls.CallIgnoringAsync(_bluetooth.Connection, Path, BlueZNames.Device, "Connect", AlreadyConnected, cancellationToken).ConfigureAwait(false);
            if (!IsConnected)
            {
                await resolving.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            lock (_gate)
            {
                _linkUp = true;
            }
        }
        catch (OperationCanceledException)
        {
            // Abandoned (usually a timeout): stop bluetoothd from connecting on in the background.
            _ = DisconnectQuietlyAsync();
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _resolving = null;
            }
        }
    }

    public Task DisconnectAsync(CancellationToken cancellationToken = default) =>
        BlueZCalls.CallIgnoringAsync(_bluetooth.Connection, Path, BlueZNames.Device, "Disconnect", NotConnected, cancellationToken);

    public Task<IGattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default) =>
        Task.FromResult<IGattService?>(Services().FirstOrDefault(s => s.Uuid == service));

    public Task<IReadOnlyList<IGattService>> GetPrimaryServicesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IGattService>>(Services().ToArray());

    public override string ToString() => $"{Name ?? "?"} ({Id})";

    private IEnumerable<BlueZGattService> Services()
    {
        foreach (var path in Cache.PathsWith(BlueZNames.GattService, Path))
        {
            if (Cache.TryGet<string>(path, BlueZNames.GattService, "UUID", out var text) && BluetoothUuid.TryParse(text, out var uuid)
                && (!Cache.TryGet<bool>(path, BlueZNames.GattService, "Primary", out var primary) || primary))
            {
                yield return new BlueZGattService(this, path, uuid);
            }
        }
    }

    private async Task DisconnectQuietlyAsync()
    {
        try
        {
            await DisconnectAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (BluetoothException)
        {
            // Best effort: the device may already be gone.
        }
    }

    private void OnPropertiesUpdated(ObjectPath path, string @interface, IReadOnlyDictionary<string, object> changed)
    {
        if (path != Path || @interface != BlueZNames.Device)
        {
            return;
        }

        if (changed.TryGetValue("Connected", out var connected) && connected is false)
        {
            LinkDown("the link to the device was lost");
        }
        else if (changed.TryGetValue("ServicesResolved", out var resolved) && resolved is true)
        {
            lock (_gate)
            {
                _resolving?.TrySetResult();
            }
        }
    }

    private void OnObjectRemoved(ObjectPath path, IReadOnlyCollection<string> interfaces)
    {
        if (path == Path && interfaces.Contains(BlueZNames.Device))
        {
            LinkDown("the device disappeared (out of range or removed)");
        }
    }

    private void OnServiceChanged(bool available)
    {
        if (!available)
        {
            LinkDown("the Bluetooth service stopped");
        }
    }

    private void LinkDown(string reason)
    {
        bool wasUp;
        lock (_gate)
        {
            _resolving?.TrySetException(new BluetoothException($"Connecting to {Id} failed: {reason}."));
            wasUp = _linkUp;
            _linkUp = false;
        }

        if (wasUp)
        {
            GattServerDisconnected?.Invoke(this, EventArgs.Empty);
        }
    }
}
