namespace BackCareRoller.DBus.Values;

/// <summary>A Unix file-descriptor index (<c>h</c>): a position in the message's out-of-band descriptor list.</summary>
/// <param name="Index">Zero-based index into the descriptors passed with the message.</param>
/// <remarks>This client never negotiates descriptor passing, so it only marshals the index itself.</remarks>
public readonly record struct UnixFdIndex(uint Index);
