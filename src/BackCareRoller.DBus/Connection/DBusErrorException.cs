namespace BackCareRoller.DBus.Connection;

/// <summary>A method call was answered with a D-Bus error reply.</summary>
public sealed class DBusErrorException : Exception
{
    /// <summary>Creates an exception with no details.</summary>
    public DBusErrorException()
        : this("org.freedesktop.DBus.Error.Failed", "Failed")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">Explanation.</param>
    public DBusErrorException(string message)
        : this("org.freedesktop.DBus.Error.Failed", message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">Explanation.</param>
    /// <param name="innerException">The cause.</param>
    public DBusErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorName = "org.freedesktop.DBus.Error.Failed";
    }

    /// <summary>Creates an exception from an error reply.</summary>
    /// <param name="errorName">The D-Bus error name, such as <c>org.bluez.Error.Failed</c>.</param>
    /// <param name="message">The error text, prefixed with the call it answered.</param>
    public DBusErrorException(string errorName, string message)
        : base(message)
    {
        ErrorName = errorName;
    }

    /// <summary>Gets the D-Bus error name.</summary>
    public string ErrorName { get; }
}
