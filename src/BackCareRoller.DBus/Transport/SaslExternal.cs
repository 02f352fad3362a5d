using System.Globalization;
using System.Text;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Transport;

/// <summary>
/// The client side of the D-Bus SASL handshake with the EXTERNAL mechanism ("Authentication Protocol"): a NUL byte,
/// <c>AUTH EXTERNAL &lt;hex of the decimal uid&gt;</c>, the server's <c>OK &lt;guid&gt;</c>, then <c>BEGIN</c>.
/// </summary>
internal static class SaslExternal
{
    /// <summary>Longest server line accepted; real servers send under 100 bytes.</summary>
    public const int MaxLineLength = 1024;

    /// <summary>Runs the handshake and returns the server GUID.</summary>
    public static async Task<string> AuthenticateAsync(Stream stream, BufferedReader reader, uint userId, CancellationToken cancellationToken)
    {
        var identity = Convert.ToHexStringLower(Encoding.ASCII.GetBytes(userId.ToString(CultureInfo.InvariantCulture)));
        await WriteAsync(stream, "\0AUTH EXTERNAL " + identity + "\r\n", cancellationToken).ConfigureAwait(false);
        var reply = await reader.ReadLineAsync(MaxLineLength, cancellationToken).ConfigureAwait(false);

        // EXTERNAL with an initial response succeeds or fails in one round.
        if (reply.StartsWith("OK ", StringComparison.Ordinal))
        {
            var guid = reply[3..].Trim();
            if (guid.Length != 32 || !guid.All(char.IsAsciiHexDigit))
            {
                throw new DBusProtocolException($"The server's OK carries \"{guid}\", not a 32-digit hex GUID.");
            }

            await WriteAsync(stream, "BEGIN\r\n", cancellationToken).ConfigureAwait(false);
            return guid;
        }

        if (reply.StartsWith("REJECTED", StringComparison.Ordinal))
        {
            var offered = reply.Length > 8 ? reply[8..].Trim() : "nothing";
            throw new DBusAuthenticationException($"The D-Bus server rejected EXTERNAL authentication as uid {userId}; it offers: {offered}.");
        }

        throw new DBusProtocolException($"Unexpected authentication reply \"{Truncate(reply)}\".");
    }

    private static Task WriteAsync(Stream stream, string line, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(line), cancellationToken).AsTask();

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
