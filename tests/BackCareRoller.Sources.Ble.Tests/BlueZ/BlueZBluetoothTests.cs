using BackCareRoller.DBus.Tests.Fixtures;
using BackCareRoller.DBus.Values;
using BackCareRoller.Sources.Ble.Bluetooth;
using BackCareRoller.Sources.Ble.BlueZ;
using BackCareRoller.Sources.Ble.Tests.Fixtures;

namespace BackCareRoller.Sources.Ble.Tests.BlueZ;

/// <summary>The BlueZ backend of the Bluetooth seam against the bluez5 mock on a private bus: generic GATT behaviour.</summary>
public sealed class BlueZBluetoothTests : IAsyncLifetime
{
    private const string ServiceUuid = "12345678-0000-4000-8000-00000000abcd";
    private const string DataUuid = "12345678-0001-4000-8000-00000000abcd";
    private const string CommandUuid = "12345678-0002-4000-8000-00000000abcd";
    private const string Address = "C8:4F:12:9E:1A:2B";
    private static readonly RequestDeviceOptions OurService = new() { Filters = [new BluetoothLEScanFilter { Services = [BluetoothUuid.Parse(ServiceUuid)] }] };

    private BluezMock _mock = null!;
    private ObjectPath _adapter;
    private BlueZBluetooth _bluetooth = null!;

    public async Task InitializeAsync()
    {
        _mock = await BluezMock.StartAsync();
        _adapter = await _mock.AddAdapterAsync();
        _bluetooth = await BlueZBluetooth.ConnectAsync(_mock.Address);
    }

    public async Task DisposeAsync()
    {
        await _bluetooth.DisposeAsync();
        await _mock.DisposeAsync();
    }

    [Fact]
    public async Task GetAvailability_PoweredAdapter_IsTrue()
    {
        Assert.True(await _bluetooth.GetAvailabilityAsync());
        Assert.Null(_bluetooth.DescribeUnavailability());
    }

    [Fact]
    public async Task ScanForDevices_ServiceFilter_ReturnsOnlyMatchingDevicesWithNameAndRssi()
    {
        await _mock.AddDeviceAsync(Address, "BCR-1A2B", -48, ServiceUuid);
        await _mock.AddDeviceAsync("11:22:33:44:55:66", "Headphones", -40, "0000110b-0000-1000-8000-00805f9b34fb");

        var found = await _bluetooth.ScanForDevicesAsync(OurService, TimeSpan.Zero);

        var roller = Assert.Single(found);
        Assert.Equal(Address, roller.Device.Id);
        Assert.Equal("BCR-1A2B", roller.Name);
        Assert.Equal((short)-48, roller.Rssi);
    }

    [Fact]
    public async Task ScanForDevices_Always_SetsAnLeServiceFilterBeforeStartingDiscovery()
    {
        await _bluetooth.ScanForDevicesAsync(OurService, TimeSpan.Zero);

        var filter = (DBusDictionary)Assert.Single(await _mock.CallsAsync(_adapter, "SetDiscoveryFilter"))[0];
        var map = filter.ToStringVariantMap();
        Assert.Equal("le", map["Transport"]);
        Assert.Equal([ServiceUuid], ((DBusArray)map["UUIDs"]).Items);
        Assert.Single(await _mock.CallsAsync(_adapter, "StartDiscovery"));
        Assert.Single(await _mock.CallsAsync(_adapter, "StopDiscovery"));
    }

    [Fact]
    public async Task RequestDevice_DeviceAdvertisesDuringDiscovery_ReturnsIt()
    {
        using var timeout = new CancellationTokenSource(PrivateBusDaemon.Patience);
        var requesting = _bluetooth.RequestDeviceAsync(OurService, timeout.Token);
        await _mock.WaitForPropertyAsync(_adapter, "org.bluez.Adapter1", "Discovering", true);

        await _mock.AddDeviceAsync("00:00:00:00:00:01", "Other", -70);
        await _mock.AddDeviceAsync(Address, "BCR-1A2B", -60, ServiceUuid);
        var device = await requesting;

        Assert.Equal(Address, device.Id);
    }

    [Fact]
    public async Task RequestDevice_AdapterOff_ThrowsSayingSo()
    {
        await _mock.PowerAdapterAsync(_adapter, false);
        await _mock.WaitForPropertyAsync(_adapter, "org.bluez.Adapter1", "Powered", false);

        var error = await Assert.ThrowsAsync<BluetoothException>(() => _bluetooth.RequestDeviceAsync(OurService));

        Assert.Contains("adapter is off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_DeviceWithGatt_ResolvesServicesAndCharacteristics()
    {
        var device = await AddGattDeviceAsync();

        await device.Gatt.ConnectAsync().WaitAsync(PrivateBusDaemon.Patience);
        var service = await device.Gatt.GetPrimaryServiceAsync(BluetoothUuid.Parse(ServiceUuid));
        var data = await service!.GetCharacteristicAsync(BluetoothUuid.Parse(DataUuid));

        Assert.True(device.Gatt.IsConnected);
        Assert.Equal(GattCharacteristicProperties.Read | GattCharacteristicProperties.Notify, data!.Properties);
        Assert.Null(await service.GetCharacteristicAsync(BluetoothUuid.FromShortId(0x2a19)));
        Assert.Null(await device.Gatt.GetPrimaryServiceAsync(BluetoothUuid.FromShortId(0x180f)));
    }

    [Fact]
    public async Task ReadValue_Characteristic_ReturnsItsValue()
    {
        var data = await ConnectedCharacteristicAsync(DataUuid);

        Assert.Equal(new byte[] { 1, 2, 3 }, await data.ReadValueAsync());
    }

    [Fact]
    public async Task StartNotifications_DeviceNotifies_RaisesValueChangedInOrder()
    {
        var data = await ConnectedCharacteristicAsync(DataUuid);
        var values = new List<byte[]>();
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        data.CharacteristicValueChanged += (_, e) =>
        {
            values.Add(e.Value);
            if (values.Count == 3)
            {
                third.TrySetResult();
            }
        };

        await data.StartNotificationsAsync();
        var path = DataPath();
        await _mock.NotifyAsync(path, [10]);
        await _mock.NotifyAsync(path, [11, 12]);
        await _mock.NotifyAsync(path, []);
        await third.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal([[10], [11, 12], []], values);
    }

    [Fact]
    public async Task WriteValueWithResponse_Command_IsObservedByTheMockAsARequest()
    {
        var command = await ConnectedCharacteristicAsync(CommandUuid);
        await using var calls = await _mock.WatchCallsAsync(CommandPath());

        await command.WriteValueWithResponseAsync(new byte[] { 6, 8, 100 });
        var write = await calls.NextAsync("WriteValue");

        Assert.Equal(new byte[] { 6, 8, 100 }, write[0]);
        Assert.Equal("request", ((DBusDictionary)write[1]).ToStringVariantMap()["type"]);
    }

    [Fact]
    public async Task GattServerDisconnected_LinkDrops_IsRaisedOnce()
    {
        var device = await AddGattDeviceAsync();
        await device.Gatt.ConnectAsync().WaitAsync(PrivateBusDaemon.Patience);
        var count = 0;
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        device.GattServerDisconnected += (_, _) =>
        {
            Interlocked.Increment(ref count);
            dropped.TrySetResult();
        };

        await _mock.DropLinkAsync(DevicePath());
        await dropped.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.False(device.Gatt.IsConnected);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task GattServerDisconnected_DeviceVanishes_IsRaised()
    {
        var device = await AddGattDeviceAsync();
        await device.Gatt.ConnectAsync().WaitAsync(PrivateBusDaemon.Patience);
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var removed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        device.GattServerDisconnected += (_, _) => dropped.TrySetResult();
        _bluetooth.Cache.ObjectRemoved += (path, _) =>
        {
            if (path == DevicePath())
            {
                removed.TrySetResult();
            }
        };

        await _mock.VanishAsync(DevicePath());
        await dropped.Task.WaitAsync(PrivateBusDaemon.Patience);
        await removed.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Null(await _bluetooth.GetDeviceAsync(Address));
        Assert.False(device.Gatt.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_DeviceNeverAnswers_IsAbandonedByTheTokenAndDisconnected()
    {
        var device = await AddGattDeviceAsync();
        await _mock.SetConnectModeAsync(DevicePath(), "hang");
        await using var calls = await _mock.WatchCallsAsync(DevicePath());
        using var cancel = new CancellationTokenSource();

        var connecting = device.Gatt.ConnectAsync(cancel.Token);
        await calls.NextAsync("Connect");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting.WaitAsync(PrivateBusDaemon.Patience));
        await calls.NextAsync("Disconnect");
    }

    [Fact]
    public async Task ConnectAsync_DeviceRefuses_ThrowsWithBluezError()
    {
        var device = await AddGattDeviceAsync();
        await _mock.SetConnectModeAsync(DevicePath(), "fail");

        var error = await Assert.ThrowsAsync<BluetoothException>(() => device.Gatt.ConnectAsync());

        Assert.Contains("org.bluez.Error.Failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AvailabilityChanged_AdapterPowerCycle_ReportsOffThenOn()
    {
        var changes = new List<bool>();
        var on = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bluetooth.AvailabilityChanged += (_, available) =>
        {
            changes.Add(available);
            if (available)
            {
                on.TrySetResult();
            }
        };

        await _mock.PowerAdapterAsync(_adapter, false);
        await _mock.PowerAdapterAsync(_adapter, true);
        await on.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal([false, true], changes);
    }

    [Fact]
    public async Task AvailabilityChanged_BluetoothServiceRestarts_ReportsOffThenOnWithTheNewTree()
    {
        var off = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var on = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bluetooth.AvailabilityChanged += (_, available) => (available ? on : off).TrySetResult();

        await _mock.StopServiceAsync();
        await off.Task.WaitAsync(PrivateBusDaemon.Patience);
        Assert.Contains("bluetoothd", _bluetooth.DescribeUnavailability(), StringComparison.Ordinal);
        await _mock.StartServiceAsync();
        await _mock.AddAdapterAsync();
        await on.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.True(await _bluetooth.GetAvailabilityAsync());
    }

    [Fact]
    public async Task GetDevice_KnownAndUnknownAddresses_ReturnDeviceOrNull()
    {
        await _mock.AddDeviceAsync(Address, "BCR-1A2B", -50, ServiceUuid);

        Assert.Equal("BCR-1A2B", (await _bluetooth.GetDeviceAsync(Address.ToLowerInvariant()))?.Name);
        Assert.Null(await _bluetooth.GetDeviceAsync("00:00:00:00:00:09"));
        Assert.Null(await _bluetooth.GetDeviceAsync("not an address"));
    }

    [Fact]
    public async Task ForgetDevice_KnownDevice_RemovesItFromBluez()
    {
        await _mock.AddDeviceAsync(Address, "BCR-1A2B", -50, ServiceUuid);

        Assert.True(await _bluetooth.ForgetDeviceAsync(Address));
        Assert.Single(await _mock.CallsAsync(_adapter, "RemoveDevice"));
    }

    private ObjectPath DevicePath() => ObjectPath.Parse("/org/bluez/hci0/dev_" + Address.Replace(':', '_'));

    private ObjectPath DataPath() => ObjectPath.Parse(DevicePath().Value + "/service0010/char0011");

    private ObjectPath CommandPath() => ObjectPath.Parse(DevicePath().Value + "/service0010/char0014");

    private async Task<IBluetoothDevice> AddGattDeviceAsync()
    {
        var device = await _mock.AddDeviceAsync(Address, "BCR-1A2B", -50, ServiceUuid);
        var service = await _mock.AddServiceAsync(device, "service0010", ServiceUuid);
        await _mock.AddCharacteristicAsync(service, "char0011", DataUuid, ["read", "notify"], [1, 2, 3]);
        await _mock.AddCharacteristicAsync(service, "char0014", CommandUuid, ["write", "indicate"]);
        return (await _bluetooth.GetDeviceAsync(Address))!;
    }

    private async Task<IGattCharacteristic> ConnectedCharacteristicAsync(string uuid)
    {
        var device = await AddGattDeviceAsync();
        await device.Gatt.ConnectAsync().WaitAsync(PrivateBusDaemon.Patience);
        var service = await device.Gatt.GetPrimaryServiceAsync(BluetoothUuid.Parse(ServiceUuid));
        return (await service!.GetCharacteristicAsync(BluetoothUuid.Parse(uuid)))!;
    }
}
