using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Control;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Status;
using BackCareRoller.Protocol.Tests.TestVectors;

namespace BackCareRoller.Protocol.Tests;

/// <summary>
/// Reads bcr_protocol.h and checks that every #define and C enum value has its C# twin with the same name and value
/// (STYLE.md section 6: names match one to one), and that C# has nothing the header lacks.
/// </summary>
public sealed partial class PacketLayoutTests
{
    private static readonly (string Prefix, Type Enum)[] DefineEnums =
    [
        ("BCR_IMU_FLAG_", typeof(ImuPacketFlags)),
        ("BCR_STATUS_FLAG_", typeof(DeviceStatusFlags)),
        ("BCR_CAPABILITY_", typeof(DeviceCapabilities)),
    ];

    private static readonly (string Prefix, Type Enum)[] CEnums =
    [
        ("BcrDecodeStatus", typeof(DecodeStatus)),
        ("BcrAxisConvention", typeof(AxisConvention)),
        ("BcrControlOpcode", typeof(ControlOpcode)),
        ("BcrControlResult", typeof(ControlResult)),
        ("BcrSensorFault", typeof(SensorFault)),
    ];

    [Fact]
    public void PacketLayout_EveryHeaderDefine_HasConstantWithSameValue()
    {
        var defines = ReadDefines();
        var constants = typeof(PacketLayout).GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(field => field.Name, field => field.GetRawConstantValue());

        foreach (var (name, value) in defines)
        {
            if (DefineEnums.FirstOrDefault(entry => name.StartsWith(entry.Prefix, StringComparison.Ordinal)) is { Enum: not null } match)
            {
                var member = Pascal(name[match.Prefix.Length..]);
                Assert.True(Enum.TryParse(match.Enum, member, out var parsed), $"{name}: {match.Enum.Name}.{member} is missing");
                Assert.Equal(Evaluate(value, defines), Convert.ToInt64(parsed, CultureInfo.InvariantCulture));
                continue;
            }

            var constant = Pascal(name["BCR_".Length..]);
            Assert.True(constants.ContainsKey(constant), $"{name}: PacketLayout.{constant} is missing");
            if (value.StartsWith('"'))
            {
                Assert.Equal(value.Trim('"'), constants[constant]);
            }
            else
            {
                Assert.Equal(Evaluate(value, defines), Convert.ToInt64(constants[constant], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void PacketLayout_EveryConstantAndFlag_HasHeaderDefine()
    {
        var defines = ReadDefines().Select(define => define.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var field in typeof(PacketLayout).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.Contains("BCR_" + Snake(field.Name), defines);
        }

        foreach (var (prefix, type) in DefineEnums)
        {
            foreach (var member in Enum.GetNames(type).Where(member => member != "None"))
            {
                Assert.Contains(prefix + Snake(member), defines);
            }
        }
    }

    [Fact]
    public void CEnums_EveryMember_MatchesCSharpEnumBothWays()
    {
        var header = File.ReadAllText(VectorFiles.HeaderPath);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in CEnumMember().Matches(header))
        {
            var name = match.Groups["name"].Value;
            var (prefix, type) = CEnums.Single(entry => name.StartsWith(entry.Prefix, StringComparison.Ordinal));
            var member = name[prefix.Length..];
            Assert.True(Enum.TryParse(type, member, out var parsed), $"{name}: {type.Name}.{member} is missing");
            Assert.Equal(ParseInteger(match.Groups["value"].Value), Convert.ToInt64(parsed, CultureInfo.InvariantCulture));
            found.Add(type.Name + "." + member);
        }

        // C# adds only a None member where C has no zero value.
        foreach (var (_, type) in CEnums)
        {
            foreach (var member in Enum.GetNames(type))
            {
                Assert.True(found.Contains(type.Name + "." + member) || member == "None", $"{type.Name}.{member} is not in bcr_protocol.h");
            }
        }
    }

    [Fact]
    public void ImuMaxPacketSize_Is188Bytes()
    {
        Assert.Equal(188, PacketLayout.ImuMaxPacketSize);
    }

    private static List<(string Name, string Value)> ReadDefines()
    {
        var defines = new List<(string, string)>();
        foreach (var line in File.ReadLines(VectorFiles.HeaderPath))
        {
            var match = Define().Match(line);
            var name = match.Groups["name"].Value;

            // The include guard and the UUID byte initialisers (checked by the C unit test) have no C# constant.
            if (match.Success && name != "BCR_PROTOCOL_H" && !name.EndsWith("_BYTES", StringComparison.Ordinal))
            {
                defines.Add((name, match.Groups["value"].Value.Trim()));
            }
        }

        Assert.True(defines.Count > 50, "bcr_protocol.h was not read");
        return defines;
    }

    private static long Evaluate(string value, List<(string Name, string Value)> defines)
    {
        // Expressions in the header are sums and products of other defines, e.g. (A + B * C).
        var expression = DefineReference().Replace(value, match => Evaluate(defines.Single(define => define.Name == match.Value).Value, defines).ToString(CultureInfo.InvariantCulture));
        expression = HexLiteral().Replace(expression, match => ParseInteger(match.Value).ToString(CultureInfo.InvariantCulture));
        using var table = new System.Data.DataTable();
        return Convert.ToInt64(table.Compute(expression, null), CultureInfo.InvariantCulture);
    }

    private static long ParseInteger(string text) => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
        ? Convert.ToInt64(text[2..], 16)
        : long.Parse(text, CultureInfo.InvariantCulture);

    private static string Pascal(string snake) =>
        string.Concat(snake.Split('_').Select(word => word[..1] + word[1..].ToLowerInvariant()));

    private static string Snake(string pascal) =>
        PascalWord().Replace(pascal, match => (match.Index > 0 ? "_" : "") + match.Value).ToUpperInvariant();

    [GeneratedRegex(@"^#define (?<name>BCR_[A-Z0-9_]+) (?<value>[^/\\]+?)(\s*//.*)?$")]
    private static partial Regex Define();

    [GeneratedRegex(@"^\s*(?<name>Bcr[A-Za-z]+) = (?<value>0x[0-9A-Fa-f]+|\d+),", RegexOptions.Multiline)]
    private static partial Regex CEnumMember();

    [GeneratedRegex("BCR_[A-Z0-9_]+")]
    private static partial Regex DefineReference();

    [GeneratedRegex("0x[0-9A-Fa-f]+")]
    private static partial Regex HexLiteral();

    [GeneratedRegex("[A-Z][a-z0-9]*")]
    private static partial Regex PascalWord();
}
