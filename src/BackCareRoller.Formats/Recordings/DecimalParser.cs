using System.Globalization;

namespace BackCareRoller.Formats.Recordings;

/// <summary>
/// Parses the plain decimals a recording holds (<c>-12.3456</c>) without allocating, falling back to
/// <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out double)"/> for anything else
/// (exponents, long mantissas). The fast path is exact: a mantissa below 2^53 and a power of ten up to 10^22 are
/// both exactly representable, so one IEEE division rounds correctly (Clinger 1990, "How to read floating point
/// numbers accurately") and the result equals <c>double.Parse</c>'s.
/// </summary>
internal static class DecimalParser
{
    // Largest mantissa a double holds exactly (2^53).
    private const ulong MaxExactMantissa = 1UL << 53;

    // 10^0 .. 10^22, the powers of ten a double holds exactly.
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="text"/> as an invariant-culture number.</summary>
    /// <returns>False when the text is not a number; NaN and infinities parse (the caller rejects them).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        // Take the common form on the fast path; hand everything else to the framework parser.
        return TryParsePlainDecimal(text, out value)
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = text.Trim(' ');
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }

        // Accumulate every digit into one integer mantissa and count those after the point.
        ulong mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }

            var digit = (uint)(c - '0');
            if (digit > 9 || mantissa >= MaxExactMantissa / 10)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            digits++;
            if (seenPoint)
            {
                fractionDigits++;
            }
        }

        if (digits == 0 || fractionDigits >= PowersOfTen.Length)
        {
            return false;
        }

        var magnitude = mantissa / PowersOfTen[fractionDigits];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
