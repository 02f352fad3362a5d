namespace BackCareRoller.DBus.Wire;

/// <summary>Header field codes (spec: "Header Fields"); each has one fixed value type.</summary>
internal enum HeaderField : byte
{
    /// <summary>Not a valid field code.</summary>
    Invalid = 0,

    /// <summary><c>o</c>: object the call is sent to or the signal emitted from.</summary>
    Path = 1,

    /// <summary><c>s</c>: interface of the method or signal.</summary>
    Interface = 2,

    /// <summary><c>s</c>: method or signal name.</summary>
    Member = 3,

    /// <summary><c>s</c>: name of the error, on errors.</summary>
    ErrorName = 4,

    /// <summary><c>u</c>: serial of the call this message replies to.</summary>
    ReplySerial = 5,

    /// <summary><c>s</c>: connection the message is for.</summary>
    Destination = 6,

    /// <summary><c>s</c>: unique name of the sender (filled in by the bus).</summary>
    Sender = 7,

    /// <summary><c>g</c>: signature of the body.</summary>
    Signature = 8,

    /// <summary><c>u</c>: number of Unix file descriptors sent with the message.</summary>
    UnixFds = 9,
}
