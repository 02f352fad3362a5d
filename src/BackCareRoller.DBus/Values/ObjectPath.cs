namespace BackCareRoller.DBus.Values;

/// <summary>A validated D-Bus object path (<c>o</c>), such as <c>/org/bluez/hci0</c>.</summary>
public readonly struct ObjectPath : IEquatable<ObjectPath>, IComparable<ObjectPath>
{
    private readonly string? _value;

    private ObjectPath(string value) => _value = value;

    /// <summary>Gets the root path <c>/</c>.</summary>
    public static ObjectPath Root => default;

    /// <summary>Gets the path text; <c>/</c> for the default value.</summary>
    public string Value => _value ?? "/";

    /// <summary>Parses and validates an object path.</summary>
    /// <param name="value">Path text.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="value"/> is not a valid object path.</exception>
    public static ObjectPath Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value))
        {
            throw new FormatException($"Invalid D-Bus object path \"{value}\": it must be '/' or '/'-separated elements of [A-Za-z0-9_], with no trailing '/'.");
        }

        return new ObjectPath(value);
    }

    /// <summary>Parses an object path without throwing.</summary>
    /// <param name="value">Path text.</param>
    /// <param name="path">The path when valid.</param>
    /// <returns>Whether <paramref name="value"/> is a valid object path.</returns>
    public static bool TryParse(string? value, out ObjectPath path)
    {
        if (value is not null && IsValid(value))
        {
            path = new ObjectPath(value);
            return true;
        }

        path = default;
        return false;
    }

    /// <summary>Returns whether <paramref name="value"/> follows the object-path grammar of the specification.</summary>
    /// <param name="value">Path text.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value[0] != '/')
        {
            return false;
        }

        if (value.Length == 1)
        {
            return true;
        }

        // Every element between slashes is non-empty [A-Za-z0-9_]; no trailing slash.
        var elementLength = 0;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '/')
            {
                if (elementLength == 0)
                {
                    return false;
                }

                elementLength = 0;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                elementLength++;
            }
            else
            {
                return false;
            }
        }

        return elementLength > 0;
    }

    /// <summary>Returns whether this path is <paramref name="ancestor"/> or lies below it.</summary>
    /// <param name="ancestor">The namespace root.</param>
    /// <returns>Whether the path is inside that namespace.</returns>
    public bool IsInNamespace(ObjectPath ancestor)
    {
        var root = ancestor.Value;
        var path = Value;
        return root == "/"
            || string.Equals(path, root, StringComparison.Ordinal)
            || (path.Length > root.Length && path.StartsWith(root, StringComparison.Ordinal) && path[root.Length] == '/');
    }

    /// <summary>Wraps text the caller has already validated.</summary>
    internal static ObjectPath FromValidated(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ObjectPath other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ObjectPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(ObjectPath other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two paths.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether they are the same text.</returns>
    public static bool operator ==(ObjectPath left, ObjectPath right) => left.Equals(right);

    /// <summary>Compares two paths.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ObjectPath left, ObjectPath right) => !left.Equals(right);

    /// <summary>Orders two paths ordinally.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ObjectPath left, ObjectPath right) => left.CompareTo(right) < 0;

    /// <summary>Orders two paths ordinally.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ObjectPath left, ObjectPath right) => left.CompareTo(right) > 0;

    /// <summary>Orders two paths ordinally.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(ObjectPath left, ObjectPath right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two paths ordinally.</summary>
    /// <param name="left">First path.</param>
    /// <param name="right">Second path.</param>
    /// <returns>Whether <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(ObjectPath left, ObjectPath right) => left.CompareTo(right) >= 0;
}
