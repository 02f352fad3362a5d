namespace BackCareRoller.DBus.Connection;

/// <summary>The connection to the bus is closed, or broke while a call was waiting.</summary>
public sealed class DBusConnectionClosedException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public DBusConnectionClosedException()
        : base("The D-Bus connection is closed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">Explanation.</param>
    public DBusConnectionClosedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the reason the connection broke.</summary>
    /// <param name="message">Explanation.</param>
    /// <param name="innerException">The cause.</param>
    public DBusConnectionClosedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
