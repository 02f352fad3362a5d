namespace BackCareRoller.DBus.Values;

/// <summary>A variant (<c>v</c>): a value together with its own signature.</summary>
public sealed class DBusVariant : IEquatable<DBusVariant>
{
    /// <summary>Wraps a value; its signature is inferred from its CLR type.</summary>
    /// <param name="value">A value of one of the types listed on <see cref="DBusValue"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has no D-Bus type.</exception>
    public DBusVariant(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Signature = DBusValue.SignatureOf(value);
        Value = value;
    }

    /// <summary>Gets the signature of the wrapped value (one complete type).</summary>
    public DBusSignature Signature { get; }

    /// <summary>Gets the wrapped value.</summary>
    public object Value { get; }

    /// <inheritdoc />
    public bool Equals(DBusVariant? other) =>
        other is not null && Signature == other.Signature && DBusValue.Equals(Value, other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DBusVariant other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Signature, DBusValue.GetHashCode(Value));

    /// <inheritdoc />
    public override string ToString() => $"<{Signature}> {Value}";
}
