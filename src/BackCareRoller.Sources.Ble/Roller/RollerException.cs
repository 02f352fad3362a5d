namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>A roller was reached but cannot be used: wrong device, incompatible protocol, or a command it refused.</summary>
public sealed class RollerException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public RollerException()
    {
    }

    /// <summary>Creates an exception with a message a user can act on.</summary>
    /// <param name="message">What is wrong.</param>
    public RollerException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RollerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets a value indicating whether retrying cannot help (for example an unsupported protocol version).</summary>
    public bool IsPermanent { get; init; }
}
