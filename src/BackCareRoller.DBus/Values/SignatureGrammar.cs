namespace BackCareRoller.DBus.Values;

/// <summary>
/// The type-signature grammar of the D-Bus specification ("Type System"): basic codes, arrays, structs,
/// dict entries and variants, with the specification's length and nesting limits.
/// </summary>
internal static class SignatureGrammar
{
    /// <summary>Longest signature in bytes (spec: "Valid Signatures").</summary>
    public const int MaxLength = 255;

    /// <summary>Deepest array nesting a signature may have (spec: 32).</summary>
    public const int MaxArrayDepth = 32;

    /// <summary>Deepest struct (and dict-entry) nesting a signature may have (spec: 32).</summary>
    public const int MaxStructDepth = 32;

    /// <summary>Deepest container nesting of a value, variants included (spec: 64); bounds the decoder's recursion.</summary>
    public const int MaxTotalDepth = 64;

    /// <summary>Returns whether <paramref name="code"/> is a basic (fixed or string-like) type code.</summary>
    public static bool IsBasic(char code) =>
        code is 'y' or 'b' or 'n' or 'q' or 'i' or 'u' or 'x' or 't' or 'd' or 'h' or 's' or 'o' or 'g';

    /// <summary>Alignment in bytes of a value whose type starts with <paramref name="code"/> (spec: "Marshaling").</summary>
    public static int Alignment(char code) => code switch
    {
        'y' or 'g' or 'v' => 1,
        'n' or 'q' => 2,
        'b' or 'i' or 'u' or 'h' or 's' or 'o' or 'a' => 4,
        'x' or 't' or 'd' or '(' or '{' => 8,
        _ => 1,
    };

    /// <summary>Checks that <paramref name="signature"/> is a sequence of zero or more complete types.</summary>
    public static bool TryValidate(ReadOnlySpan<char> signature, out string? error)
    {
        if (signature.Length > MaxLength)
        {
            error = $"signature is {signature.Length} characters long; the limit is {MaxLength}";
            return false;
        }

        var position = 0;
        while (position < signature.Length)
        {
            if (!TrySkipCompleteType(signature, ref position, 0, 0, out error))
            {
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>Returns whether <paramref name="signature"/> is exactly one complete type.</summary>
    public static bool IsSingleCompleteType(ReadOnlySpan<char> signature)
    {
        var position = 0;
        return signature.Length is > 0 and <= MaxLength
            && TrySkipCompleteType(signature, ref position, 0, 0, out _)
            && position == signature.Length;
    }

    /// <summary>Advances <paramref name="position"/> past the complete type that starts there.</summary>
    public static bool TrySkipCompleteType(ReadOnlySpan<char> signature, ref int position, int arrayDepth, int structDepth, out string? error)
    {
        if (position >= signature.Length)
        {
            error = "signature ends inside a type";
            return false;
        }

        var code = signature[position];

        // Basic types and variants are one character.
        if (IsBasic(code) || code == 'v')
        {
            position++;
            error = null;
            return true;
        }

        // An array: a dict entry or any complete type follows.
        if (code == 'a')
        {
            if (arrayDepth + 1 > MaxArrayDepth)
            {
                error = $"arrays nest deeper than {MaxArrayDepth}";
                return false;
            }

            position++;
            if (position < signature.Length && signature[position] == '{')
            {
                return TrySkipDictEntry(signature, ref position, arrayDepth + 1, structDepth, out error);
            }

            return TrySkipCompleteType(signature, ref position, arrayDepth + 1, structDepth, out error);
        }

        // A struct: one or more complete types in parentheses.
        if (code == '(')
        {
            if (structDepth + 1 > MaxStructDepth)
            {
                error = $"structs nest deeper than {MaxStructDepth}";
                return false;
            }

            position++;
            if (position < signature.Length && signature[position] == ')')
            {
                error = "empty struct '()'";
                return false;
            }

            while (true)
            {
                if (position >= signature.Length)
                {
                    error = "struct is not closed";
                    return false;
                }

                if (signature[position] == ')')
                {
                    position++;
                    error = null;
                    return true;
                }

                if (!TrySkipCompleteType(signature, ref position, arrayDepth, structDepth + 1, out error))
                {
                    return false;
                }
            }
        }

        error = code == '{'
            ? "dict entry outside an array"
            : $"unexpected type code '{code}' (0x{(int)code:x2}) at position {position}";
        return false;
    }

    private static bool TrySkipDictEntry(ReadOnlySpan<char> signature, ref int position, int arrayDepth, int structDepth, out string? error)
    {
        if (structDepth + 1 > MaxStructDepth)
        {
            error = $"structs nest deeper than {MaxStructDepth}";
            return false;
        }

        // Skip '{', then a basic key type, then exactly one complete value type and '}'.
        position++;
        if (position >= signature.Length || !IsBasic(signature[position]))
        {
            error = "dict entry key must be a basic type";
            return false;
        }

        position++;
        if (!TrySkipCompleteType(signature, ref position, arrayDepth, structDepth + 1, out error))
        {
            return false;
        }

        if (position >= signature.Length || signature[position] != '}')
        {
            error = "dict entry must hold exactly a key and a value";
            return false;
        }

        position++;
        return true;
    }
}
