namespace BackCareRoller.DBus.Values;

/// <summary>A struct (<c>(…)</c>) of one or more fields.</summary>
public sealed class DBusStruct : IEquatable<DBusStruct>
{
    /// <summary>Creates a struct from its fields, in order.</summary>
    /// <param name="fields">One or more values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> or a field is null.</exception>
    /// <exception cref="ArgumentException">There are no fields, a field has no D-Bus type, or the struct nests too deep.</exception>
    public DBusStruct(params object[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Length == 0)
        {
            throw new ArgumentException("A D-Bus struct needs at least one field.", nameof(fields));
        }

        var text = new System.Text.StringBuilder("(");
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field, nameof(fields));
            text.Append(DBusValue.SignatureText(field));
        }

        text.Append(')');
        if (!SignatureGrammar.TryValidate(text.ToString(), out var error))
        {
            throw new ArgumentException($"Struct signature {text} is invalid: {error}.", nameof(fields));
        }

        Fields = (object[])fields.Clone();
        Signature = DBusSignature.FromValidated(text.ToString());
    }

    /// <summary>Gets the struct's signature.</summary>
    public DBusSignature Signature { get; }

    /// <summary>Gets the fields in order.</summary>
    public IReadOnlyList<object> Fields { get; }

    /// <inheritdoc />
    public bool Equals(DBusStruct? other) =>
        other is not null && Signature == other.Signature && DBusValue.SequenceEqual(Fields, other.Fields);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DBusStruct other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Signature, DBusValue.SequenceHash(Fields));

    /// <inheritdoc />
    public override string ToString() => Signature.Value;
}
