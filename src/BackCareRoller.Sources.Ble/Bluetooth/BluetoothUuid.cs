using System.Globalization;

namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A Bluetooth UUID: 128 bits, with 16-bit SIG numbers expanded on the Bluetooth base UUID.</summary>
public readonly record struct BluetoothUuid
{
    private const string BaseSuffix = "-0000-1000-8000-00805f9b34fb";

    private BluetoothUuid(Guid value) => Value = value;

    /// <summary>Gets the UUID as a <see cref="Guid"/>.</summary>
    public Guid Value { get; }

    /// <summary>Expands a 16-bit SIG-assigned number, such as <c>0x180F</c> for the Battery service.</summary>
    /// <param name="shortId">The assigned number.</param>
    /// <returns>The full UUID <c>0000xxxx-0000-1000-8000-00805f9b34fb</c>.</returns>
    public static BluetoothUuid FromShortId(ushort shortId) =>
        new(Guid.Parse(shortId.ToString("x8", CultureInfo.InvariantCulture) + BaseSuffix, CultureInfo.InvariantCulture));

    /// <summary>Wraps a <see cref="Guid"/>.</summary>
    /// <param name="value">The UUID.</param>
    /// <returns>The Bluetooth UUID.</returns>
    public static BluetoothUuid FromGuid(Guid value) => new(value);

    /// <summary>Parses a full UUID or a 4-digit hex SIG number (with or without <c>0x</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The UUID.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is neither form.</exception>
    public static BluetoothUuid Parse(string text) =>
        TryParse(text, out var uuid) ? uuid : throw new FormatException($"\"{text}\" is not a Bluetooth UUID (full form or 4 hex digits).");

    /// <summary>Parses a UUID without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="uuid">The UUID when valid.</param>
    /// <returns>Whether <paramref name="text"/> is a UUID.</returns>
    public static bool TryParse(string? text, out BluetoothUuid uuid)
    {
        uuid = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        if (span.Length == 4 && ushort.TryParse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var shortId))
        {
            uuid = FromShortId(shortId);
            return true;
        }

        if (Guid.TryParse(span, out var guid))
        {
            uuid = new BluetoothUuid(guid);
            return true;
        }

        return false;
    }

    /// <summary>Returns the lower-case 36-character form BlueZ uses.</summary>
    /// <returns>Such as <c>0000180f-0000-1000-8000-00805f9b34fb</c>.</returns>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
