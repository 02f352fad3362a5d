namespace BackCareRoller.DBus.Values;

/// <summary>An array of dict entries (<c>a{kv}</c>), kept in wire order.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is the D-Bus dictionary type, and behaves as one.")]
public sealed class DBusDictionary : IEquatable<DBusDictionary>
{
    /// <summary>Creates a dictionary with a basic key type and any value type.</summary>
    /// <param name="keySignature">A basic type code.</param>
    /// <param name="valueSignature">One complete type.</param>
    /// <param name="entries">The entries, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, a key or a value is null.</exception>
    /// <exception cref="ArgumentException">The key is not basic, the value type not complete, or an entry has other types.</exception>
    public DBusDictionary(DBusSignature keySignature, DBusSignature valueSignature, IEnumerable<KeyValuePair<object, object>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (keySignature.Value.Length != 1 || !SignatureGrammar.IsBasic(keySignature.Value[0]))
        {
            throw new ArgumentException($"Dictionary key type \"{keySignature}\" is not a basic type.", nameof(keySignature));
        }

        if (!valueSignature.IsSingleCompleteType)
        {
            throw new ArgumentException($"Dictionary value type \"{valueSignature}\" is not one complete type.", nameof(valueSignature));
        }

        var list = entries.ToArray();
        foreach (var entry in list)
        {
            ArgumentNullException.ThrowIfNull(entry.Key, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Value, nameof(entries));
            if (!string.Equals(DBusValue.SignatureText(entry.Key), keySignature.Value, StringComparison.Ordinal)
                || !string.Equals(DBusValue.SignatureText(entry.Value), valueSignature.Value, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Dictionary a{{{keySignature}{valueSignature}}} cannot hold the entry {entry.Key} → {entry.Value}.", nameof(entries));
            }
        }

        KeySignature = keySignature;
        ValueSignature = valueSignature;
        Entries = list;
        Signature = DBusSignature.TryParse($"a{{{keySignature.Value}{valueSignature.Value}}}", out var signature)
            ? signature
            : throw new ArgumentException($"A dictionary of \"{valueSignature}\" nests deeper or is longer than a signature may be.", nameof(valueSignature));
    }

    /// <summary>Gets the key type.</summary>
    public DBusSignature KeySignature { get; }

    /// <summary>Gets the value type.</summary>
    public DBusSignature ValueSignature { get; }

    /// <summary>Gets the dictionary's own signature, <c>a{kv}</c>.</summary>
    public DBusSignature Signature { get; }

    /// <summary>Gets the entries in wire order.</summary>
    public IReadOnlyList<KeyValuePair<object, object>> Entries { get; }

    /// <summary>Creates the ubiquitous property map <c>a{sv}</c>, wrapping each value in a variant.</summary>
    /// <param name="properties">Names and (unwrapped) values.</param>
    /// <returns>The dictionary.</returns>
    public static DBusDictionary StringVariants(IEnumerable<KeyValuePair<string, object>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new DBusDictionary(
            DBusSignature.FromValidated("s"),
            DBusSignature.FromValidated("v"),
            properties.Select(static p => new KeyValuePair<object, object>(p.Key, p.Value as DBusVariant ?? new DBusVariant(p.Value))));
    }

    /// <summary>Finds the first entry with <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value when found.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(object key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? value)
    {
        foreach (var entry in Entries)
        {
            if (DBusValue.Equals(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Reads an <c>a{sv}</c> as names to unwrapped values (the first entry wins on a duplicate name).</summary>
    /// <returns>The map.</returns>
    /// <exception cref="InvalidOperationException">The dictionary is not <c>a{sv}</c>.</exception>
    public IReadOnlyDictionary<string, object> ToStringVariantMap()
    {
        if (Signature.Value != "a{sv}")
        {
            throw new InvalidOperationException($"Expected a{{sv}}, got {Signature}.");
        }

        var map = new Dictionary<string, object>(Entries.Count, StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            map.TryAdd((string)entry.Key, ((DBusVariant)entry.Value).Value);
        }

        return map;
    }

    /// <inheritdoc />
    public bool Equals(DBusDictionary? other)
    {
        if (other is null || Signature != other.Signature || Entries.Count != other.Entries.Count)
        {
            return false;
        }

        for (var i = 0; i < Entries.Count; i++)
        {
            if (!DBusValue.Equals(Entries[i].Key, other.Entries[i].Key) || !DBusValue.Equals(Entries[i].Value, other.Entries[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DBusDictionary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Signature);
        foreach (var entry in Entries)
        {
            hash.Add(DBusValue.GetHashCode(entry.Key));
            hash.Add(DBusValue.GetHashCode(entry.Value));
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Signature}[{Entries.Count}]";
}
