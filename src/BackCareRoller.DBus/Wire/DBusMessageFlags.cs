namespace BackCareRoller.DBus.Wire;

/// <summary>The flags byte of the fixed header; unknown bits are ignored on receipt (spec: "Message Format").</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named after the flags byte of the specification's fixed header.")]
public enum DBusMessageFlags : byte
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>The caller does not want a reply.</summary>
    NoReplyExpected = 0x1,

    /// <summary>The bus must not start a service to deliver this call.</summary>
    NoAutoStart = 0x2,

    /// <summary>The caller is willing to wait for interactive authorization.</summary>
    AllowInteractiveAuthorization = 0x4,
}
