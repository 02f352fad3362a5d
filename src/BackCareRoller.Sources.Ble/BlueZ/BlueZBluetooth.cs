using System.Collections.Concurrent;
using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Transport;
using BackCareRoller.DBus.Values;
using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>The Linux backend of <see cref="IBluetooth"/>: bluetoothd (BlueZ 5) over the system D-Bus.</summary>
public sealed class BlueZBluetooth : IBluetooth, IAsyncDisposable
{
    private static readonly string[] DiscoveryStateErrors = [BlueZNames.ErrorInProgress, "org.bluez.Error.Failed"];

    private readonly DBusConnection _connection;
    private readonly bool _ownsConnection;
    private readonly BlueZOptions _options;
    private readonly ConcurrentDictionary<string, BlueZDevice> _devices = new(StringComparer.OrdinalIgnoreCase);
    private bool _lastAvailability;

    private BlueZBluetooth(DBusConnection connection, bool ownsConnection, BlueZObjectCache cache, BlueZOptions options)
    {
        _connection = connection;
        _ownsConnection = ownsConnection;
        _options = options;
        Cache = cache;
        _lastAvailability = ComputeAvailability();
        cache.PropertiesUpdated += (path, @interface, _) => OnAdapterMaybeChanged(@interface);
        cache.ObjectAdded += (_, interfaces) => OnAdapterMaybeChanged(interfaces.Contains(BlueZNames.Adapter) ? BlueZNames.Adapter : string.Empty);
        cache.ObjectRemoved += (_, interfaces) => OnAdapterMaybeChanged(interfaces.Contains(BlueZNames.Adapter) ? BlueZNames.Adapter : string.Empty);
        cache.ServiceChanged += _ => OnAdapterMaybeChanged(BlueZNames.Adapter);
    }

    /// <inheritdoc />
    public event EventHandler<bool>? AvailabilityChanged;

    /// <summary>Gets the D-Bus connection this backend talks over.</summary>
    internal DBusConnection Connection => _connection;

    /// <summary>Gets the live copy of bluetoothd's objects.</summary>
    internal BlueZObjectCache Cache { get; }

    /// <summary>Gets the options.</summary>
    internal BlueZOptions Options => _options;

    /// <summary>Connects to the system bus (or <paramref name="busAddress"/>) and loads bluetoothd's objects.</summary>
    /// <param name="busAddress">A D-Bus address; null for the system bus (<c>DBUS_SYSTEM_BUS_ADDRESS</c> or its default).</param>
    /// <param name="options">Adapter and clock; defaults when null.</param>
    /// <param name="cancellationToken">Stops connecting.</param>
    /// <returns>The backend; dispose it to close the bus connection.</returns>
    /// <exception cref="BluetoothException">The bus cannot be reached.</exception>
    public static async Task<BlueZBluetooth> ConnectAsync(string? busAddress = null, BlueZOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlueZOptions();
        var address = busAddress ?? DBusAddress.SystemBusAddress();
        DBusConnection connection;
        try
        {
            connection = await DBusConnection.ConnectAsync(address, new DBusConnectionOptions { TimeProvider = options.TimeProvider }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DBusConnectionClosedException or TimeoutException or FormatException)
        {
            throw new BluetoothException($"Cannot reach the D-Bus system bus at {address}: {ex.Message}", ex);
        }

        try
        {
            var cache = await BlueZObjectCache.CreateAsync(connection, cancellationToken).ConfigureAwait(false);
            return new BlueZBluetooth(connection, ownsConnection: true, cache, options);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default) => Task.FromResult(ComputeAvailability());

    /// <summary>Explains why Bluetooth is unusable, or returns null when it is usable.</summary>
    /// <returns>A sentence for the user, or null.</returns>
    public string? DescribeUnavailability()
    {
        if (!Cache.IsServiceAvailable)
        {
            return "The Bluetooth service (bluetoothd) is not running.";
        }

        if (AdapterPath() is not { } adapter)
        {
            return _options.AdapterName is null ? "No Bluetooth adapter was found." : $"Bluetooth adapter {_options.AdapterName} was not found.";
        }

        return Cache.TryGet<bool>(adapter, BlueZNames.Adapter, "Powered", out var powered) && powered
            ? null
            : "The Bluetooth adapter is off.";
    }

    /// <inheritdoc />
    public async Task<IBluetoothDevice> RequestDeviceAsync(RequestDeviceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new TaskCompletionSource<IBluetoothDevice>(TaskCreationOptions.RunContinuationsAsynchronously);
        await ScanAsync(options, advertisement => found.TrySetResult(advertisement.Device), async () =>
            await found.Task.WaitAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return await found.Task.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BluetoothAdvertisement>> ScanForDevicesAsync(RequestDeviceOptions options, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seen = new ConcurrentDictionary<string, BluetoothAdvertisement>(StringComparer.OrdinalIgnoreCase);
        await ScanAsync(options, advertisement => seen[advertisement.Device.Id] = advertisement, () =>
            Task.Delay(duration, _options.TimeProvider, cancellationToken), cancellationToken).ConfigureAwait(false);
        return seen.Values.OrderByDescending(a => a.Rssi ?? short.MinValue).ThenBy(a => a.Device.Id, StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    public Task<IBluetoothDevice?> GetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (AdapterPath() is not { } adapter || !IsAddress(id))
        {
            return Task.FromResult<IBluetoothDevice?>(null);
        }

        return Task.FromResult<IBluetoothDevice?>(Cache.Has(DevicePath(adapter, id), BlueZNames.Device) ? DeviceFor(adapter, id) : null);
    }

    /// <inheritdoc />
    public async Task<bool> ForgetDeviceAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (AdapterPath() is not { } adapter || !IsAddress(id) || !Cache.Has(DevicePath(adapter, id), BlueZNames.Device))
        {
            return false;
        }

        await BlueZCalls.CallAsync(_connection, adapter, BlueZNames.Adapter, "RemoveDevice", cancellationToken, DevicePath(adapter, id)).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Cache.DisposeAsync().ConfigureAwait(false);
        if (_ownsConnection)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Returns the adapter in use, or null if there is none.</summary>
    internal ObjectPath? AdapterPath()
    {
        var adapters = Cache.PathsWith(BlueZNames.Adapter);
        if (_options.AdapterName is { } name)
        {
            var wanted = ObjectPath.Parse("/org/bluez/" + name);
            return adapters.Contains(wanted) ? wanted : null;
        }

        return adapters.Count > 0 ? adapters[0] : null;
    }

    /// <summary>Returns the one device object for an address, creating it on first use.</summary>
    internal BlueZDevice DeviceFor(ObjectPath adapter, string address) =>
        _devices.GetOrAdd(address.ToUpperInvariant(), a => new BlueZDevice(this, DevicePath(adapter, a), a));

    private static ObjectPath DevicePath(ObjectPath adapter, string address) =>
        ObjectPath.Parse(adapter.Value + "/dev_" + address.ToUpperInvariant().Replace(':', '_'));

    private static bool IsAddress(string id) =>
        id.Length == 17 && id.Split(':') is { Length: 6 } parts && parts.All(p => p.Length == 2 && p.All(char.IsAsciiHexDigit));

    private async Task ScanAsync(RequestDeviceOptions options, Action<BluetoothAdvertisement> onMatch, Func<Task> waitAsync, CancellationToken cancellationToken)
    {
        if (DescribeUnavailability() is { } problem || AdapterPath() is not { } adapter)
        {
            throw new BluetoothException(DescribeUnavailability() ?? "No Bluetooth adapter was found.");
        }

        // Report devices that appear or change while discovering, and those already seen in range.
        void Consider(ObjectPath path)
        {
            if (path.IsInNamespace(adapter) && TryAdvertisement(adapter, path, options) is { } advertisement)
            {
                onMatch(advertisement);
            }
        }

        void OnUpdated(ObjectPath path, string @interface, IReadOnlyDictionary<string, object> changed)
        {
            if (@interface == BlueZNames.Device)
            {
                Consider(path);
            }
        }

        void OnAdded(ObjectPath path, IReadOnlyCollection<string> interfaces)
        {
            if (interfaces.Contains(BlueZNames.Device))
            {
                Consider(path);
            }
        }

        Cache.PropertiesUpdated += OnUpdated;
        Cache.ObjectAdded += OnAdded;
        try
        {
            var filter = new Dictionary<string, object>(StringComparer.Ordinal) { ["Transport"] = "le" };
            var services = options.FilterServices();
            if (services.Count > 0)
            {
                filter["UUIDs"] = DBusArray.OfStrings(services.Select(s => s.ToString()));
            }

            // bluetoothd applies the filter to advertisements; SetDiscoveryFilter must come before StartDiscovery.
            await BlueZCalls.CallAsync(_connection, adapter, BlueZNames.Adapter, "SetDiscoveryFilter", cancellationToken, DBusDictionary.StringVariants(filter)).ConfigureAwait(false);
            await BlueZCalls.CallIgnoringAsync(_connection, adapter, BlueZNames.Adapter, "StartDiscovery", [BlueZNames.ErrorInProgress], cancellationToken).ConfigureAwait(false);
            try
            {
                foreach (var path in Cache.PathsWith(BlueZNames.Device, adapter))
                {
                    Consider(path);
                }

                await waitAsync().ConfigureAwait(false);
            }
            finally
            {
                await BlueZCalls.CallIgnoringAsync(_connection, adapter, BlueZNames.Adapter, "StopDiscovery", DiscoveryStateErrors, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The scan's own wait ended (a duration elapsed); not the caller's cancellation.
        }
        finally
        {
            Cache.PropertiesUpdated -= OnUpdated;
            Cache.ObjectAdded -= OnAdded;
        }
    }

    private BluetoothAdvertisement? TryAdvertisement(ObjectPath adapter, ObjectPath path, RequestDeviceOptions options)
    {
        // Only devices heard in this discovery carry an RSSI; cached ones out of range do not.
        if (!Cache.TryGet<string>(path, BlueZNames.Device, "Address", out var address)
            || !Cache.TryGet<short>(path, BlueZNames.Device, "RSSI", out var rssi))
        {
            return null;
        }

        var name = Cache.TryGet<string>(path, BlueZNames.Device, "Name", out var n) ? n : null;
        var services = Cache.TryGet<DBusArray>(path, BlueZNames.Device, "UUIDs", out var uuids)
            ? uuids.Items.OfType<string>().Select(u => BluetoothUuid.TryParse(u, out var uuid) ? uuid : (BluetoothUuid?)null).OfType<BluetoothUuid>().ToArray()
            : [];
        return options.Matches(address, name, services) ? new BluetoothAdvertisement(DeviceFor(adapter, address), name, rssi, services) : null;
    }

    private bool ComputeAvailability() => DescribeUnavailability() is null;

    private void OnAdapterMaybeChanged(string @interface)
    {
        if (@interface != BlueZNames.Adapter)
        {
            return;
        }

        var now = ComputeAvailability();
        if (now != _lastAvailability)
        {
            _lastAvailability = now;
            AvailabilityChanged?.Invoke(this, now);
        }
    }
}
