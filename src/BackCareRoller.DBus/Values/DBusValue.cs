namespace BackCareRoller.DBus.Values;

/// <summary>
/// The CLR shape of D-Bus values and how to compare them. <c>y</c> byte, <c>b</c> bool, <c>n</c> short,
/// <c>q</c> ushort, <c>i</c> int, <c>u</c> uint, <c>x</c> long, <c>t</c> ulong, <c>d</c> double, <c>s</c> string,
/// <c>o</c> <see cref="ObjectPath"/>, <c>g</c> <see cref="DBusSignature"/>, <c>h</c> <see cref="UnixFdIndex"/>,
/// <c>v</c> <see cref="DBusVariant"/>, <c>ay</c> <c>byte[]</c>, <c>a{kv}</c> <see cref="DBusDictionary"/>,
/// other arrays <see cref="DBusArray"/>, structs <see cref="DBusStruct"/>.
/// </summary>
public static class DBusValue
{
    /// <summary>Returns the signature (one complete type) of a value.</summary>
    /// <param name="value">A value of one of the CLR types listed on <see cref="DBusValue"/>.</param>
    /// <returns>Its signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has no D-Bus type.</exception>
    public static DBusSignature SignatureOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return DBusSignature.FromValidated(SignatureText(value));
    }

    /// <summary>Compares two values structurally (arrays, dictionaries and structs by content).</summary>
    /// <param name="left">First value.</param>
    /// <param name="right">Second value.</param>
    /// <returns>Whether they are the same D-Bus value.</returns>
    public static new bool Equals(object? left, object? right)
    {
        if (left is byte[] leftBytes && right is byte[] rightBytes)
        {
            return leftBytes.AsSpan().SequenceEqual(rightBytes);
        }

        return object.Equals(left, right);
    }

    /// <summary>Hashes a value consistently with <see cref="Equals(object?, object?)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its hash code.</returns>
    public static int GetHashCode(object? value)
    {
        if (value is byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }

        return value?.GetHashCode() ?? 0;
    }

    internal static string SignatureText(object value) => value switch
    {
        byte => "y",
        bool => "b",
        short => "n",
        ushort => "q",
        int => "i",
        uint => "u",
        long => "x",
        ulong => "t",
        double => "d",
        string => "s",
        ObjectPath => "o",
        DBusSignature => "g",
        UnixFdIndex => "h",
        DBusVariant => "v",
        byte[] => "ay",
        DBusArray array => array.Signature.Value,
        DBusDictionary dictionary => dictionary.Signature.Value,
        DBusStruct structure => structure.Signature.Value,
        _ => throw new ArgumentException($"A {value.GetType().Name} has no D-Bus type; see DBusValue for the supported types.", nameof(value)),
    };

    internal static int SequenceHash(IEnumerable<object> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(GetHashCode(item));
        }

        return hash.ToHashCode();
    }

    internal static bool SequenceEqual(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
