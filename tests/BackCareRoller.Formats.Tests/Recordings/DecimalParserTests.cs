using System.Globalization;
using BackCareRoller.Formats.Recordings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Formats.Tests.Recordings;

public sealed class DecimalParserTests
{
    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("-12.3456", -12.3456)]
    [InlineData("+7.", 7.0)]
    [InlineData(".25", 0.25)]
    [InlineData(" 9.80665 ", 9.80665)]
    [InlineData("1e-3", 0.001)]
    [InlineData("12345678901234567890.5", 12345678901234567890.5)]
    [InlineData("0.1234567890123456789012345", 0.1234567890123456789012345)]
    public void TryParse_Number_EqualsDoubleParse(string text, double expected)
    {
        Assert.True(DecimalParser.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("0x10")]
    [InlineData("12a")]
    public void TryParse_NotANumber_ReturnsFalse(string text)
    {
        Assert.False(DecimalParser.TryParse(text, out _));
    }

    // Oracle: the framework's own invariant parser, on every text the writer can produce.
    [Property(MaxTest = 2000)]
    public Property TryParse_FixedDecimalText_EqualsFrameworkParser() =>
        Prop.ForAll(
            Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Zip(Gen.Choose(0, 9), Gen.Choose(-6, 6))).ToArbitrary(),
            t =>
            {
                var (mantissa, (decimals, exponent)) = t;
                var value = mantissa * Math.Pow(10, exponent);
                var text = value.ToString("F" + decimals, CultureInfo.InvariantCulture);
                return DecimalParser.TryParse(text, out var parsed)
                    && parsed.Equals(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            });
}
