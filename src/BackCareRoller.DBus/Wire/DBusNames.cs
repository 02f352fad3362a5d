namespace BackCareRoller.DBus.Wire;

/// <summary>The name grammars of the specification ("Valid Names"): interfaces, members, errors and bus names.</summary>
public static class DBusNames
{
    /// <summary>Returns whether <paramref name="name"/> is a valid interface name (two or more dot-separated elements).</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidInterface(ReadOnlySpan<char> name) => IsDottedName(name, allowHyphen: false, allowLeadingDigit: false);

    /// <summary>Returns whether <paramref name="name"/> is a valid error name (same grammar as interfaces).</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidErrorName(ReadOnlySpan<char> name) => IsValidInterface(name);

    /// <summary>Returns whether <paramref name="name"/> is a valid member (method or signal) name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidMember(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > DBusLimits.MaxNameLength || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether <paramref name="name"/> is a valid unique (<c>:1.42</c>) or well-known bus name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidBusName(ReadOnlySpan<char> name)
    {
        if (name.Length > DBusLimits.MaxNameLength || name.Length == 0)
        {
            return false;
        }

        return name[0] == ':'
            ? IsDottedName(name[1..], allowHyphen: true, allowLeadingDigit: true)
            : IsDottedName(name, allowHyphen: true, allowLeadingDigit: false);
    }

    /// <summary>Returns whether <paramref name="name"/> is a unique connection name (starts with ':').</summary>
    /// <param name="name">A valid bus name.</param>
    /// <returns>Whether it is unique rather than well-known.</returns>
    public static bool IsUniqueName(ReadOnlySpan<char> name) => name.Length > 0 && name[0] == ':';

    private static bool IsDottedName(ReadOnlySpan<char> name, bool allowHyphen, bool allowLeadingDigit)
    {
        if (name.Length is 0 or > DBusLimits.MaxNameLength)
        {
            return false;
        }

        // Two or more non-empty elements; an element may not start with a digit unless allowed.
        var elements = 1;
        var elementLength = 0;
        foreach (var c in name)
        {
            if (c == '.')
            {
                if (elementLength == 0)
                {
                    return false;
                }

                elements++;
                elementLength = 0;
                continue;
            }

            var valid = char.IsAsciiLetter(c) || c == '_' || (allowHyphen && c == '-') || (char.IsAsciiDigit(c) && (elementLength > 0 || allowLeadingDigit));
            if (!valid)
            {
                return false;
            }

            elementLength++;
        }

        return elementLength > 0 && elements >= 2;
    }
}
