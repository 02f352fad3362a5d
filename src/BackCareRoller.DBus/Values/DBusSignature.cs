namespace BackCareRoller.DBus.Values;

/// <summary>A validated D-Bus type signature (<c>g</c>): zero or more complete types, at most 255 characters.</summary>
public readonly struct DBusSignature : IEquatable<DBusSignature>
{
    private readonly string? _value;

    private DBusSignature(string value) => _value = value;

    /// <summary>Gets the empty signature (no values).</summary>
    public static DBusSignature Empty => default;

    /// <summary>Gets the signature text, such as <c>a{sv}</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether the signature is exactly one complete type (what a variant holds).</summary>
    public bool IsSingleCompleteType => SignatureGrammar.IsSingleCompleteType(Value);

    /// <summary>Parses and validates a signature.</summary>
    /// <param name="value">Signature text.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a valid signature.</exception>
    public static DBusSignature Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!SignatureGrammar.TryValidate(value, out var error))
        {
            throw new FormatException($"Invalid D-Bus signature \"{value}\": {error}.");
        }

        return new DBusSignature(value);
    }

    /// <summary>Parses a signature without throwing.</summary>
    /// <param name="value">Signature text.</param>
    /// <param name="signature">The signature when valid.</param>
    /// <returns>Whether <paramref name="value"/> is a valid signature.</returns>
    public static bool TryParse(string? value, out DBusSignature signature)
    {
        if (value is not null && SignatureGrammar.TryValidate(value, out _))
        {
            signature = new DBusSignature(value);
            return true;
        }

        signature = default;
        return false;
    }

    /// <summary>Wraps text the caller has already validated.</summary>
    internal static DBusSignature FromValidated(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DBusSignature other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DBusSignature other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two signatures.</summary>
    /// <param name="left">First signature.</param>
    /// <param name="right">Second signature.</param>
    /// <returns>Whether they are the same text.</returns>
    public static bool operator ==(DBusSignature left, DBusSignature right) => left.Equals(right);

    /// <summary>Compares two signatures.</summary>
    /// <param name="left">First signature.</param>
    /// <param name="right">Second signature.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DBusSignature left, DBusSignature right) => !left.Equals(right);
}
