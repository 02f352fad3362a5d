namespace BackCareRoller.DBus.Wire;

/// <summary>Raised when bytes from the peer break the D-Bus wire format or authentication protocol.</summary>
public sealed class DBusProtocolException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public DBusProtocolException()
    {
    }

    /// <summary>Creates an exception describing what was wrong.</summary>
    /// <param name="message">What was malformed and where.</param>
    public DBusProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with an inner cause.</summary>
    /// <param name="message">What was malformed and where.</param>
    /// <param name="innerException">The cause.</param>
    public DBusProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
