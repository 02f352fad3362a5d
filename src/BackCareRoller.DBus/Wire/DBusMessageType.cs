namespace BackCareRoller.DBus.Wire;

/// <summary>The message type byte of the fixed header (spec: "Message Types").</summary>
public enum DBusMessageType : byte
{
    /// <summary>Not a valid type; never on the wire.</summary>
    Invalid = 0,

    /// <summary>A method call; expects a reply unless flagged otherwise.</summary>
    MethodCall = 1,

    /// <summary>A successful reply carrying return values.</summary>
    MethodReturn = 2,

    /// <summary>An error reply.</summary>
    Error = 3,

    /// <summary>A signal emission.</summary>
    Signal = 4,
}
