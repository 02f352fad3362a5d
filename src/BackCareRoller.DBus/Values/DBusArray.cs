namespace BackCareRoller.DBus.Values;

/// <summary>An array (<c>aT</c>) of any element type except bytes (<c>ay</c> is <c>byte[]</c>) and dict entries.</summary>
public sealed class DBusArray : IEquatable<DBusArray>
{
    /// <summary>Creates an array whose elements all have <paramref name="elementSignature"/>.</summary>
    /// <param name="elementSignature">One complete type, not <c>y</c>.</param>
    /// <param name="items">The elements.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">The signature is not one complete type, is <c>y</c>, or an element has another type.</exception>
    public DBusArray(DBusSignature elementSignature, IEnumerable<object> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!elementSignature.IsSingleCompleteType)
        {
            throw new ArgumentException($"Array element signature \"{elementSignature}\" is not one complete type.", nameof(elementSignature));
        }

        if (elementSignature.Value == "y")
        {
            throw new ArgumentException("Byte arrays are byte[]; use a byte[] instead of a DBusArray of bytes.", nameof(elementSignature));
        }

        var list = items.ToArray();
        foreach (var item in list)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            var itemSignature = DBusValue.SignatureText(item);
            if (!string.Equals(itemSignature, elementSignature.Value, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Array of \"{elementSignature}\" cannot hold a value of type \"{itemSignature}\".", nameof(items));
            }
        }

        ElementSignature = elementSignature;
        Items = list;
        Signature = DBusSignature.TryParse("a" + elementSignature.Value, out var signature)
            ? signature
            : throw new ArgumentException($"An array of \"{elementSignature}\" nests deeper or is longer than a signature may be.", nameof(elementSignature));
    }

    /// <summary>Gets the element type.</summary>
    public DBusSignature ElementSignature { get; }

    /// <summary>Gets the array's own signature, <c>a</c> followed by the element type.</summary>
    public DBusSignature Signature { get; }

    /// <summary>Gets the elements in order.</summary>
    public IReadOnlyList<object> Items { get; }

    /// <summary>Creates an array of strings (<c>as</c>).</summary>
    /// <param name="items">The strings.</param>
    /// <returns>The array.</returns>
    public static DBusArray OfStrings(IEnumerable<string> items) => new(DBusSignature.FromValidated("s"), items);

    /// <summary>Creates an array of object paths (<c>ao</c>).</summary>
    /// <param name="items">The paths.</param>
    /// <returns>The array.</returns>
    public static DBusArray OfObjectPaths(IEnumerable<ObjectPath> items) =>
        new(DBusSignature.FromValidated("o"), items.Select(static path => (object)path));

    /// <inheritdoc />
    public bool Equals(DBusArray? other) =>
        other is not null && ElementSignature == other.ElementSignature && DBusValue.SequenceEqual(Items, other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DBusArray other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ElementSignature, DBusValue.SequenceHash(Items));

    /// <inheritdoc />
    public override string ToString() => $"{Signature}[{Items.Count}]";
}
