using BackCareRoller.DBus.Values;

namespace BackCareRoller.DBus.Tests.Values;

public sealed class DBusSignatureTests
{
    [Theory]
    [InlineData("")]
    [InlineData("y")]
    [InlineData("ybnqiuxtdhsogv")]
    [InlineData("a{sv}")]
    [InlineData("a{oa{sa{sv}}}")]
    [InlineData("(ii)")]
    [InlineData("a(yv)")]
    [InlineData("aay")]
    [InlineData("sa{sv}as")]
    public void Parse_ValidSignature_KeepsText(string text)
    {
        Assert.Equal(text, DBusSignature.Parse(text).Value);
    }

    [Theory]
    [InlineData("a", "ends inside")]
    [InlineData("()", "empty struct")]
    [InlineData("(i", "not closed")]
    [InlineData("i)", "unexpected")]
    [InlineData("{sv}", "outside an array")]
    [InlineData("a{vs}", "basic")]
    [InlineData("a{s}", "unexpected type code '}'")]
    [InlineData("a{sss}", "exactly")]
    [InlineData("a{(i)s}", "basic")]
    [InlineData("z", "unexpected type code 'z'")]
    [InlineData("m", "unexpected")]
    public void Parse_InvalidSignature_ThrowsFormatExceptionNamingTheFault(string text, string fault)
    {
        var error = Assert.Throws<FormatException>(() => DBusSignature.Parse(text));

        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThirtyTwoNestedArrays_IsValid()
    {
        Assert.True(DBusSignature.TryParse(new string('a', 32) + "y", out _));
    }

    [Fact]
    public void Parse_ThirtyThreeNestedArrays_IsInvalid()
    {
        Assert.False(DBusSignature.TryParse(new string('a', 33) + "y", out _));
    }

    [Fact]
    public void Parse_ThirtyThreeNestedStructs_IsInvalid()
    {
        Assert.True(DBusSignature.TryParse(new string('(', 32) + "y" + new string(')', 32), out _));
        Assert.False(DBusSignature.TryParse(new string('(', 33) + "y" + new string(')', 33), out _));
    }

    [Fact]
    public void Parse_256Characters_IsInvalid()
    {
        Assert.True(DBusSignature.TryParse(new string('y', 255), out _));
        Assert.False(DBusSignature.TryParse(new string('y', 256), out _));
    }

    [Theory]
    [InlineData("v", true)]
    [InlineData("a{sv}", true)]
    [InlineData("ss", false)]
    [InlineData("", false)]
    public void IsSingleCompleteType_Signature_MatchesTheGrammar(string text, bool expected)
    {
        Assert.Equal(expected, DBusSignature.Parse(text).IsSingleCompleteType);
    }

    [Fact]
    public void Equals_DefaultAndEmpty_AreEqual()
    {
        Assert.Equal(DBusSignature.Empty, DBusSignature.Parse(""));
    }
}
