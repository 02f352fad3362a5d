using System.Security.Cryptography;
using System.Text;

namespace BackCareRoller.Hosting.Security;

/// <summary>
/// The shared secret a phone or browser must present to every ingestion and data endpoint. Taken from
/// configuration or generated at start (128 random bits, URL-safe), and compared in constant time.
/// </summary>
public sealed class PairingToken
{
    private readonly byte[] _bytes;

    /// <summary>Uses <paramref name="configured"/> when given, otherwise generates a fresh token.</summary>
    /// <param name="configured">A token from configuration, already validated, or null/empty.</param>
    public PairingToken(string? configured)
    {
        IsGenerated = string.IsNullOrEmpty(configured);
        Value = IsGenerated ? Generate() : configured!;
        _bytes = Encoding.UTF8.GetBytes(Value);
    }

    /// <summary>The token text, as printed and put in the phone's URL.</summary>
    public string Value { get; }

    /// <summary>True when the token was generated at start rather than configured.</summary>
    public bool IsGenerated { get; }

    /// <summary>Whether <paramref name="candidate"/> is the token; the comparison time does not depend on where it differs.</summary>
    /// <param name="candidate">What the client sent, or null.</param>
    /// <returns>True on an exact match.</returns>
    public bool Matches(ReadOnlySpan<char> candidate)
    {
        if (candidate.IsEmpty || Encoding.UTF8.GetMaxByteCount(candidate.Length) > 1024)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(candidate.Length)];
        var written = Encoding.UTF8.GetBytes(candidate, bytes);
        return CryptographicOperations.FixedTimeEquals(bytes[..written], _bytes);
    }

    private static string Generate()
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return Convert.ToBase64String(random).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
