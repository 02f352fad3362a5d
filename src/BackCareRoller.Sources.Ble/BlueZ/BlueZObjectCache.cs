using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Standard;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;
using PropertiesChangedSignal = BackCareRoller.DBus.Standard.PropertiesChanged;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>
/// A live copy of bluetoothd's object tree: a GetManagedObjects snapshot kept current by InterfacesAdded/Removed and
/// PropertiesChanged, and rebuilt when bluetoothd restarts (NameOwnerChanged). Signals that arrive while a snapshot is
/// being fetched are queued and replayed on top of it, so the cache ends in the state of the last signal.
/// Events are raised on the D-Bus receive thread, after the cache has been updated.
/// </summary>
internal sealed class BlueZObjectCache : IAsyncDisposable
{
    private readonly DBusConnection _connection;
    private readonly Lock _gate = new();
    private readonly Dictionary<ObjectPath, Dictionary<string, Dictionary<string, object>>> _objects = [];
    private readonly Queue<DBusMessage> _queued = new();
    private readonly List<IAsyncDisposable> _subscriptions = [];
    private int _loadGeneration;
    private bool _loading;

    private BlueZObjectCache(DBusConnection connection) => _connection = connection;

    /// <summary>Raised after properties of an object changed: path, interface, changed names and values.</summary>
    public event Action<ObjectPath, string, IReadOnlyDictionary<string, object>>? PropertiesUpdated;

    /// <summary>Raised after an object gained interfaces.</summary>
    public event Action<ObjectPath, IReadOnlyCollection<string>>? ObjectAdded;

    /// <summary>Raised after an object lost interfaces (with the interfaces it had).</summary>
    public event Action<ObjectPath, IReadOnlyCollection<string>>? ObjectRemoved;

    /// <summary>Raised after bluetoothd appeared (true, snapshot loaded) or disappeared (false, cache emptied).</summary>
    public event Action<bool>? ServiceChanged;

    /// <summary>Gets a value indicating whether bluetoothd is running and the snapshot is loaded.</summary>
    public bool IsServiceAvailable { get; private set; }

    /// <summary>Gets the exception of the last failed reload, for diagnostics.</summary>
    public Exception? LastReloadError { get; private set; }

    public static async Task<BlueZObjectCache> CreateAsync(DBusConnection connection, CancellationToken cancellationToken)
    {
        var cache = new BlueZObjectCache(connection);
        try
        {
            await cache.SubscribeAsync(cancellationToken).ConfigureAwait(false);
            await cache.ReloadAsync(cancellationToken).ConfigureAwait(false);
            return cache;
        }
        catch
        {
            await cache.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Returns the paths of every object with <paramref name="interface"/>, in path order.</summary>
    public IReadOnlyList<ObjectPath> PathsWith(string @interface, ObjectPath? below = null)
    {
        lock (_gate)
        {
            return _objects
                .Where(o => o.Value.ContainsKey(@interface) && (below is not { } root || (o.Key != root && o.Key.IsInNamespace(root))))
                .Select(o => o.Key)
                .Order()
                .ToArray();
        }
    }

    /// <summary>Returns whether the object exists with <paramref name="interface"/>.</summary>
    public bool Has(ObjectPath path, string @interface)
    {
        lock (_gate)
        {
            return _objects.TryGetValue(path, out var interfaces) && interfaces.ContainsKey(@interface);
        }
    }

    /// <summary>Reads one cached property.</summary>
    public bool TryGet<T>(ObjectPath path, string @interface, string name, out T value)
    {
        lock (_gate)
        {
            if (_objects.TryGetValue(path, out var interfaces) && interfaces.TryGetValue(@interface, out var properties)
                && properties.TryGetValue(name, out var raw) && raw is T typed)
            {
                value = typed;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }

        _subscriptions.Clear();
    }

    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(await _connection.AddMatchAsync(
            new MatchRule { Sender = BlueZNames.Service, Interface = ObjectManager.Interface, Path = BlueZNames.Root },
            OnSignal,
            cancellationToken).ConfigureAwait(false));
        _subscriptions.Add(await _connection.AddMatchAsync(
            new MatchRule { Sender = BlueZNames.Service, Interface = DBusProperties.Interface, Member = PropertiesChangedSignal.Member, PathNamespace = BlueZNames.Namespace },
            OnSignal,
            cancellationToken).ConfigureAwait(false));
        _subscriptions.Add(await _connection.AddMatchAsync(NameOwnerChanged.RuleFor(BlueZNames.Service), OnOwnerChanged, cancellationToken).ConfigureAwait(false));
    }

    private void OnOwnerChanged(DBusMessage message)
    {
        if (!NameOwnerChanged.TryParse(message, out var change))
        {
            return;
        }

        if (change.NewOwner is null)
        {
            lock (_gate)
            {
                _objects.Clear();
                _queued.Clear();
                _loading = false;
                _loadGeneration++;
                IsServiceAvailable = false;
            }

            ServiceChanged?.Invoke(false);
            return;
        }

        // A (re)started bluetoothd: fetch its tree; its first signals queue behind the snapshot.
        _ = ReloadInBackgroundAsync();
    }

    private async Task ReloadInBackgroundAsync()
    {
        try
        {
            await ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DBusConnectionClosedException or TimeoutException or DBusErrorException or DBusProtocolException)
        {
            LastReloadError = ex;
        }
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        int generation;
        lock (_gate)
        {
            _loading = true;
            _queued.Clear();
            generation = ++_loadGeneration;
        }

        IReadOnlyDictionary<ObjectPath, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>>? snapshot = null;
        try
        {
            snapshot = await _connection.GetManagedObjectsAsync(BlueZNames.Service, BlueZNames.Root, cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorException ex) when (ex.ErrorName is "org.freedesktop.DBus.Error.ServiceUnknown" or "org.freedesktop.DBus.Error.NameHasNoOwner")
        {
            // bluetoothd is not running; NameOwnerChanged will tell when it starts.
        }

        bool available;
        lock (_gate)
        {
            if (generation != _loadGeneration)
            {
                // A newer reload or a stop superseded this one.
                return;
            }

            _objects.Clear();
            if (snapshot is not null)
            {
                foreach (var (path, interfaces) in snapshot)
                {
                    _objects[path] = interfaces.ToDictionary(i => i.Key, i => new Dictionary<string, object>(i.Value, StringComparer.Ordinal), StringComparer.Ordinal);
                }
            }

            while (_queued.TryDequeue(out var message))
            {
                Apply(message);
            }

            _loading = false;
            available = snapshot is not null;
            IsServiceAvailable = available;
        }

        ServiceChanged?.Invoke(available);
    }

    private void OnSignal(DBusMessage message)
    {
        object? applied;
        lock (_gate)
        {
            if (_loading)
            {
                _queued.Enqueue(message);
                return;
            }

            applied = Apply(message);
        }

        switch (applied)
        {
            case PropertiesChangedSignal changed:
                PropertiesUpdated?.Invoke(changed.Path, changed.Interface, changed.Changed);
                break;
            case InterfacesAdded added:
                ObjectAdded?.Invoke(added.Path, added.Interfaces.Keys.ToArray());
                break;
            case InterfacesRemoved removed:
                ObjectRemoved?.Invoke(removed.Path, removed.Interfaces);
                break;
        }
    }

    /// <summary>Applies one signal to the cache and returns it parsed, or null if it was not one of ours.</summary>
    private object? Apply(DBusMessage message)
    {
        if (PropertiesChangedSignal.TryParse(message, out var changed))
        {
            if (_objects.TryGetValue(changed.Path, out var interfaces) && interfaces.TryGetValue(changed.Interface, out var properties))
            {
                foreach (var (name, value) in changed.Changed)
                {
                    properties[name] = value;
                }

                foreach (var name in changed.Invalidated)
                {
                    properties.Remove(name);
                }
            }

            return changed;
        }

        if (InterfacesAdded.TryParse(message, out var added))
        {
            if (!_objects.TryGetValue(added.Path, out var interfaces))
            {
                interfaces = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
                _objects[added.Path] = interfaces;
            }

            foreach (var (name, properties) in added.Interfaces)
            {
                interfaces[name] = new Dictionary<string, object>(properties, StringComparer.Ordinal);
            }

            return added;
        }

        if (InterfacesRemoved.TryParse(message, out var removed))
        {
            if (_objects.TryGetValue(removed.Path, out var interfaces))
            {
                foreach (var name in removed.Interfaces)
                {
                    interfaces.Remove(name);
                }

                if (interfaces.Count == 0)
                {
                    _objects.Remove(removed.Path);
                }
            }

            return removed;
        }

        return null;
    }
}
