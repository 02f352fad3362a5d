namespace BackCareRoller.DBus.Wire;

/// <summary>Size limits of the D-Bus wire format (spec: "Valid Messages").</summary>
public static class DBusLimits
{
    /// <summary>Longest message the specification allows, in bytes (2²⁷ = 128 MiB).</summary>
    public const int MaxMessageLength = 1 << 27;

    /// <summary>Longest array the specification allows, in bytes (2²⁶ = 64 MiB).</summary>
    public const int MaxArrayLength = 1 << 26;

    /// <summary>Bytes of the fixed header before the header-field array's contents.</summary>
    public const int FixedHeaderLength = 16;

    /// <summary>Longest interface, member, error or bus name in bytes.</summary>
    public const int MaxNameLength = 255;

    /// <summary>Protocol major version this implementation speaks.</summary>
    public const byte ProtocolVersion = 1;
}
