namespace BackCareRoller.DBus.Connection;

/// <summary>Timeouts, clock and size limit of a <see cref="DBusConnection"/>.</summary>
public sealed record DBusConnectionOptions
{
    /// <summary>Gets the clock behind every timeout.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>; tests pass a fake one.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets how long connecting, authenticating and the bus's <c>Hello</c> may take together.</summary>
    /// <value>Default 10 s; must be positive.</value>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets how long a method call waits for its reply unless the call names another timeout.</summary>
    /// <value>Default 25 s, libdbus's default; must be positive.</value>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>Gets the largest message accepted from the bus, in bytes; a larger one breaks the connection.</summary>
    /// <value>
    /// Default 16 MiB, far above BlueZ's largest reply (GetManagedObjects with hundreds of cached devices is well
    /// under 1 MiB) and far below the protocol's 128 MiB, so a corrupt length cannot make the client allocate much.
    /// </value>
    public int MaxMessageLength { get; init; } = 16 << 20;

    /// <summary>Gets a callback for exceptions thrown by signal handlers; they never stop the connection.</summary>
    /// <value>Default null: such exceptions are dropped.</value>
    public Action<Exception>? HandlerError { get; init; }
}
