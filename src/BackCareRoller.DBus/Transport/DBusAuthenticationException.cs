namespace BackCareRoller.DBus.Transport;

/// <summary>Raised when the D-Bus server refuses to authenticate this process.</summary>
public sealed class DBusAuthenticationException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public DBusAuthenticationException()
    {
    }

    /// <summary>Creates an exception explaining the refusal.</summary>
    /// <param name="message">What the server said.</param>
    public DBusAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with an inner cause.</summary>
    /// <param name="message">What the server said.</param>
    /// <param name="innerException">The cause.</param>
    public DBusAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
