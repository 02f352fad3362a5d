using System.Collections.Concurrent;
using System.Net.Sockets;
using BackCareRoller.DBus.Transport;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Connection;

/// <summary>
/// A client connection to a message bus over a Unix socket: method calls matched to replies by serial, and signals
/// delivered to match-rule handlers. One receive loop reads messages in order; handlers run on it and must not block.
/// </summary>
public sealed class DBusConnection : IAsyncDisposable
{
    /// <summary>Bus name of the message bus itself.</summary>
    public const string BusName = "org.freedesktop.DBus";

    /// <summary>Interface of the message bus's methods and signals.</summary>
    public const string BusInterface = "org.freedesktop.DBus";

    /// <summary>Object path of the message bus.</summary>
    public static readonly ObjectPath BusPath = ObjectPath.FromValidated("/org/freedesktop/DBus");

    /// <summary>A receive buffer above this size is dropped after use, so one large reply does not pin memory.</summary>
    private const int RetainedBufferLength = 64 << 10;

    private readonly Stream _stream;
    private readonly BufferedReader _reader;
    private readonly DBusConnectionOptions _options;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<uint, TaskCompletionSource<DBusMessage>> _pending = new();
    private readonly ConcurrentDictionary<string, Task> _ownerWatches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string? Owner, int Version)> _owners = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly Func<string, string?> _ownerOf;
    private SignalRegistration[] _registrations = [];
    private Task _receiveLoop = Task.CompletedTask;
    private int _serial;
    private bool _closed;

    private DBusConnection(Stream stream, BufferedReader reader, string serverGuid, DBusConnectionOptions options)
    {
        _stream = stream;
        _reader = reader;
        _options = options;
        ServerGuid = serverGuid;
        _ownerOf = name => _owners.TryGetValue(name, out var entry) ? entry.Owner : null;
    }

    /// <summary>Gets the unique name the bus assigned to this connection, such as <c>:1.42</c>.</summary>
    public string UniqueName { get; private set; } = string.Empty;

    /// <summary>Gets the GUID the server sent during authentication.</summary>
    public string ServerGuid { get; }

    /// <summary>Gets a task that completes when the connection has closed, for any reason; it never faults.</summary>
    public Task Completion => _completion.Task;

    /// <summary>Gets why the connection broke, or null while open or after an orderly close.</summary>
    public Exception? CloseReason { get; private set; }

    /// <summary>Gets a value indicating whether the connection is still open.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_gate)
            {
                return !_closed;
            }
        }
    }

    /// <summary>Connects to the first reachable address of an address list, authenticates and registers with the bus.</summary>
    /// <param name="address">Address list, such as <c>unix:path=/run/dbus/system_bus_socket</c>.</param>
    /// <param name="options">Timeouts and limits; defaults when null.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="FormatException"><paramref name="address"/> is not a valid address list.</exception>
    /// <exception cref="TimeoutException">Connecting took longer than <see cref="DBusConnectionOptions.ConnectTimeout"/>.</exception>
    /// <exception cref="DBusConnectionClosedException">No address could be connected to; the inner exception says why.</exception>
    public static async Task<DBusConnection> ConnectAsync(string address, DBusConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        options ??= new DBusConnectionOptions();
        var candidates = DBusAddress.ParseList(address);
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Exception? lastFailure = null;
        foreach (var candidate in candidates)
        {
            try
            {
                return await ConnectOneAsync(candidate, options, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Connecting to the D-Bus bus at {address} took longer than {options.ConnectTimeout.TotalSeconds:0.###} s.");
            }
            catch (Exception ex) when (ex is SocketException or IOException or NotSupportedException or DBusProtocolException or DBusAuthenticationException or DBusConnectionClosedException or DBusErrorException)
            {
                lastFailure = ex;
            }
        }

        throw new DBusConnectionClosedException($"Could not connect to the D-Bus bus at {address}: {lastFailure?.Message}", lastFailure);
    }

    /// <summary>Calls a method and waits for its reply, within the default call timeout.</summary>
    /// <param name="call">A method call without <see cref="DBusMessageFlags.NoReplyExpected"/>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The method-return message.</returns>
    /// <exception cref="DBusErrorException">The callee answered with an error.</exception>
    /// <exception cref="TimeoutException">No reply came in time.</exception>
    /// <exception cref="DBusConnectionClosedException">The connection closed before the reply came.</exception>
    public Task<DBusMessage> CallAsync(DBusMessage call, CancellationToken cancellationToken = default) =>
        CallAsync(call, _options.CallTimeout, cancellationToken);

    /// <summary>Calls a method and waits for its reply.</summary>
    /// <param name="call">A method call without <see cref="DBusMessageFlags.NoReplyExpected"/>.</param>
    /// <param name="timeout">How long to wait for the reply.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The method-return message.</returns>
    /// <exception cref="DBusErrorException">The callee answered with an error.</exception>
    /// <exception cref="TimeoutException">No reply came in time.</exception>
    /// <exception cref="DBusConnectionClosedException">The connection closed before the reply came.</exception>
    public async Task<DBusMessage> CallAsync(DBusMessage call, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Type != DBusMessageType.MethodCall || (call.Flags & DBusMessageFlags.NoReplyExpected) != 0)
        {
            throw new ArgumentException("CallAsync sends method calls that expect a reply; use SendAsync for anything else.", nameof(call));
        }

        var serial = NextSerial();
        var bytes = DBusMessageCodec.Encode(call, serial);
        var reply = new TaskCompletionSource<DBusMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[serial] = reply;
        try
        {
            ThrowIfClosed();

            // The timeout starts before sending, so a stalled write counts against it too.
            var replied = reply.Task.WaitAsync(timeout, _options.TimeProvider, cancellationToken);
            await SendBytesAsync(bytes, cancellationToken).ConfigureAwait(false);
            DBusMessage message;
            try
            {
                message = await replied.ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No reply to {call.Interface}.{call.Member} on {call.Destination} {call.Path} within {timeout.TotalSeconds:0.###} s.");
            }

            if (message.Type == DBusMessageType.Error)
            {
                throw new DBusErrorException(message.ErrorName ?? "org.freedesktop.DBus.Error.Failed", $"{call.Interface}.{call.Member} on {call.Path} failed: {message.ErrorName}: {message.ErrorText}");
            }

            return message;
        }
        finally
        {
            _pending.TryRemove(serial, out _);
        }
    }

    /// <summary>Sends a message that expects no reply (a signal, a reply, or a call flagged no-reply).</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Stops waiting for the send lock.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="DBusConnectionClosedException">The connection is closed.</exception>
    public Task SendAsync(DBusMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ThrowIfClosed();
        return SendBytesAsync(DBusMessageCodec.Encode(message, NextSerial()), cancellationToken);
    }

    /// <summary>
    /// Asks the bus for signals matching <paramref name="rule"/> and calls <paramref name="handler"/> for each, on the
    /// receive loop. Dispose the result to remove the rule.
    /// </summary>
    /// <param name="rule">The signals wanted.</param>
    /// <param name="handler">Called once per matching signal; must be quick and must not block on this connection.</param>
    /// <param name="cancellationToken">Cancels the registration.</param>
    /// <returns>The subscription.</returns>
    /// <exception cref="ArgumentException">The rule is inconsistent or has malformed names.</exception>
    public async Task<IAsyncDisposable> AddMatchAsync(MatchRule rule, Action<DBusMessage> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(handler);
        rule.Validate();
        var registration = new SignalRegistration(this, rule, handler);

        // Register locally first so no signal between the bus's AddMatch and our bookkeeping is lost.
        AddRegistration(registration);
        try
        {
            if (rule.Sender is { } sender && !DBusNames.IsUniqueName(sender) && sender != BusName)
            {
                await _ownerWatches.GetOrAdd(sender, WatchOwnerAsync).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            await CallBusAsync("AddMatch", rule.ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            RemoveRegistration(registration);
            throw;
        }

        return registration;
    }

    /// <summary>Closes the connection; pending calls fail with <see cref="DBusConnectionClosedException"/>.</summary>
    /// <returns>A task that completes when the receive loop has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Close(null);
        await _receiveLoop.ConfigureAwait(false);
        _closing.Dispose();
        _sendLock.Dispose();
    }

    internal async Task RemoveMatchAsync(SignalRegistration registration)
    {
        RemoveRegistration(registration);
        if (!IsConnected)
        {
            return;
        }

        try
        {
            await CallBusAsync("RemoveMatch", registration.Rule.ToString(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DBusConnectionClosedException or DBusErrorException or TimeoutException)
        {
            // The rule dies with the connection, or the bus already dropped it: nothing left to undo.
        }
    }

    private static async Task<DBusConnection> ConnectOneAsync(DBusAddress address, DBusConnectionOptions options, CancellationToken cancellationToken)
    {
        var endPoint = address.ToEndPoint();
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        DBusConnection? connection = null;
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            var stream = new NetworkStream(socket, ownsSocket: true);
            var reader = new BufferedReader(stream);
            var guid = await SaslExternal.AuthenticateAsync(stream, reader, UnixCredentials.EffectiveUserId(), cancellationToken).ConfigureAwait(false);
            connection = new DBusConnection(stream, reader, guid, options);
            connection._receiveLoop = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
            var hello = await connection.CallAsync(DBusMessage.CreateMethodCall(BusName, BusPath, BusInterface, "Hello"), cancellationToken).ConfigureAwait(false);
            connection.UniqueName = hello.Body.Count == 1 && hello.Body[0] is string name
                ? name
                : throw new DBusProtocolException($"The bus answered Hello with ({hello.Signature}), not a unique name.");
            return connection;
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                socket.Dispose();
            }

            throw;
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var header = new byte[DBusLimits.FixedHeaderLength];
        var frame = new byte[4096];
        try
        {
            while (true)
            {
                // Frame: the fixed header gives the total length before anything large is read or allocated.
                await _reader.ReadExactlyAsync(header, _closing.Token).ConfigureAwait(false);
                if (!DBusMessageCodec.TryGetMessageLength(header, _options.MaxMessageLength, out var length, out var error))
                {
                    throw new DBusProtocolException($"Unreadable message from the bus: {error}.");
                }

                if (frame.Length < length)
                {
                    frame = new byte[length];
                }

                header.CopyTo(frame, 0);
                await _reader.ReadExactlyAsync(frame.AsMemory(DBusLimits.FixedHeaderLength, length - DBusLimits.FixedHeaderLength), _closing.Token).ConfigureAwait(false);
                if (!DBusMessageCodec.TryDecode(frame.AsSpan(0, length), out var message, out error))
                {
                    throw new DBusProtocolException($"Invalid message from the bus: {error}");
                }

                if (frame.Length > RetainedBufferLength)
                {
                    frame = new byte[4096];
                }

                Dispatch(message);
            }
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            Close(null);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or DBusProtocolException)
        {
            Close(ex is ObjectDisposedException ? null : ex);
        }
    }

    private void Dispatch(DBusMessage message)
    {
        switch (message.Type)
        {
            case DBusMessageType.MethodReturn or DBusMessageType.Error:
                if (message.ReplySerial is { } replySerial && _pending.TryRemove(replySerial, out var waiting))
                {
                    waiting.TrySetResult(message);
                }

                break;
            case DBusMessageType.Signal:
                foreach (var registration in Volatile.Read(ref _registrations))
                {
                    if (registration.Rule.Matches(message, _ownerOf))
                    {
                        Invoke(registration, message);
                    }
                }

                break;
            case DBusMessageType.MethodCall when (message.Flags & DBusMessageFlags.NoReplyExpected) == 0:
                AnswerCall(message);
                break;
            default:
                // Unknown message types are ignored, as the specification requires.
                break;
        }
    }

    private void Invoke(SignalRegistration registration, DBusMessage message)
    {
        try
        {
            registration.Handler(message);
        }
#pragma warning disable CA1031 // A handler's bug must not stop the receive loop for every other caller; it is reported instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _options.HandlerError?.Invoke(ex);
        }
    }

    private void AnswerCall(DBusMessage call)
    {
        // This client exports no objects; it answers Peer.Ping as every connection must, and refuses the rest.
        var reply = call.Interface == "org.freedesktop.DBus.Peer" && call.Member == "Ping"
            ? DBusMessage.CreateMethodReturn(call)
            : DBusMessage.CreateError(call, "org.freedesktop.DBus.Error.UnknownObject", $"No object at {call.Path}.");
        _ = SendIgnoringClosureAsync(reply);
    }

    private async Task SendIgnoringClosureAsync(DBusMessage message)
    {
        try
        {
            await SendAsync(message).ConfigureAwait(false);
        }
        catch (DBusConnectionClosedException)
        {
            // Nobody is left to answer.
        }
    }

    private async Task WatchOwnerAsync(string name)
    {
        // Track the owner of a well-known name so signals from it can be matched locally by unique name.
        var rule = new MatchRule { Sender = BusName, Interface = BusInterface, Member = "NameOwnerChanged", Arg0 = name };
        AddRegistration(new SignalRegistration(this, rule, message =>
        {
            if (message.Body.Count == 3 && message.Body[2] is string newOwner)
            {
                _owners.AddOrUpdate(name, _ => (NullIfEmpty(newOwner), 1), (_, old) => (NullIfEmpty(newOwner), old.Version + 1));
            }
        }));
        await CallBusAsync("AddMatch", rule.ToString(), CancellationToken.None).ConfigureAwait(false);
        var versionBefore = _owners.TryGetValue(name, out var before) ? before.Version : 0;
        string? owner;
        try
        {
            var reply = await CallAsync(DBusMessage.CreateMethodCall(BusName, BusPath, BusInterface, "GetNameOwner", name)).ConfigureAwait(false);
            owner = reply.Body.Count == 1 ? reply.Body[0] as string : null;
        }
        catch (DBusErrorException)
        {
            owner = null;
        }

        // A NameOwnerChanged seen since the question is newer than (or equal to) the answer: keep it.
        _owners.AddOrUpdate(name, _ => (owner, 0), (_, current) => current.Version == versionBefore ? (owner, current.Version) : current);
    }

    private Task<DBusMessage> CallBusAsync(string member, string argument, CancellationToken cancellationToken) =>
        CallAsync(DBusMessage.CreateMethodCall(BusName, BusPath, BusInterface, member, argument), cancellationToken);

    private async Task SendBytesAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfClosed();

            // A half-written message would corrupt the stream, so only closing the connection interrupts a write.
            await _stream.WriteAsync(bytes, _closing.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            Close(ex);
            throw new DBusConnectionClosedException($"Writing to the D-Bus connection failed: {ex.Message}", ex);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private uint NextSerial()
    {
        // Serials are non-zero; skip 0 when the counter wraps.
        uint serial;
        do
        {
            serial = (uint)Interlocked.Increment(ref _serial);
        }
        while (serial == 0);
        return serial;
    }

    private void ThrowIfClosed()
    {
        lock (_gate)
        {
            if (_closed)
            {
                throw new DBusConnectionClosedException(
                    CloseReason is null ? "The D-Bus connection is closed." : $"The D-Bus connection broke: {CloseReason.Message}",
                    CloseReason);
            }
        }
    }

    private void Close(Exception? reason)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            CloseReason = reason;
        }

        _closing.Cancel();
        _stream.Dispose();
        var failure = new DBusConnectionClosedException(
            reason is null ? "The D-Bus connection was closed." : $"The D-Bus connection broke: {reason.Message}",
            reason);
        foreach (var pending in _pending)
        {
            pending.Value.TrySetException(failure);
        }

        _pending.Clear();
        _completion.TrySetResult();
    }

    private void AddRegistration(SignalRegistration registration)
    {
        lock (_gate)
        {
            _registrations = [.. _registrations, registration];
        }
    }

    private void RemoveRegistration(SignalRegistration registration)
    {
        lock (_gate)
        {
            _registrations = Array.FindAll(_registrations, r => !ReferenceEquals(r, registration));
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
