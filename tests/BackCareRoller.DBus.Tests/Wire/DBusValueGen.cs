using BackCareRoller.DBus.Values;
using FsCheck;
using FsCheck.Fluent;

namespace BackCareRoller.DBus.Tests.Wire;

/// <summary>Random signatures and values of those signatures, covering every type code and container.</summary>
internal static class DBusValueGen
{
    private static readonly string[] StringPieces = ["a", "Z", "0", "_", " ", "'", "ü", "€", "😀", "\n", "org.bluez"];

    public static Gen<string> BasicType { get; } = Gen.Elements("y", "b", "n", "q", "i", "u", "x", "t", "d", "h", "s", "o", "g");

    public static Gen<string> BasicTypeWithoutFds { get; } = Gen.Elements("y", "b", "n", "q", "i", "u", "x", "t", "d", "s", "o", "g");

    /// <summary>One complete type nested at most <paramref name="depth"/> containers deep.</summary>
    public static Gen<string> CompleteType(int depth, bool unixFds = true)
    {
        var basic = unixFds ? BasicType : BasicTypeWithoutFds;
        if (depth <= 0)
        {
            return basic;
        }

        var inner = CompleteType(depth - 1, unixFds);
        return Gen.Frequency(
            (6, basic),
            (1, Gen.Constant("v")),
            (2, inner.Select(t => "a" + t)),
            (2, from key in basic from value in inner select "a{" + key + value + "}"),
            (2, Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(inner, n)).Select(fields => "(" + string.Concat(fields) + ")")));
    }

    /// <summary>A random value of <paramref name="signature"/> (one complete type).</summary>
    public static Gen<object> ValueOf(string signature) => ValueOf(signature, unixFds: true);

    /// <summary>A random value of <paramref name="signature"/>; no Unix fd indexes inside variants unless allowed.</summary>
    public static Gen<object> ValueOf(string signature, bool unixFds)
    {
        var position = 0;
        return ValueAt(signature, ref position, variantBudget: 2, unixFds);
    }

    /// <summary>A signature of 0–4 complete types with values for each: a message body.</summary>
    public static Gen<object[]> Body { get; } =
        Gen.Choose(0, 4)
            .SelectMany(n => Gen.ListOf(CompleteType(3), n))
            .SelectMany(types => types.Select(ValueOf).Aggregate(
                Gen.Constant(Array.Empty<object>()),
                (acc, next) => from values in acc from value in next select (object[])[.. values, value]));

    public static Gen<string> Text { get; } = Gen.Choose(0, 8).SelectMany(n => Gen.ListOf(Gen.Elements(StringPieces), n)).Select(string.Concat);

    public static Gen<ObjectPath> Path { get; } =
        Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Gen.Elements("org", "bluez", "hci0", "dev_AA_BB", "_", "9"), n))
            .Select(parts => ObjectPath.Parse("/" + string.Join('/', parts)));

    private static Gen<object> ValueAt(string signature, ref int position, int variantBudget, bool unixFds)
    {
        var code = signature[position];
        var end = position;
        SignatureGrammar.TrySkipCompleteType(signature, ref end, 0, 0, out _);
        var own = signature[position..end];
        position = end;
        return code switch
        {
            'y' => Gen.Choose(0, 255).Select(v => (object)(byte)v),
            'b' => Gen.Elements<object>(true, false),
            'n' => Gen.Choose(short.MinValue, short.MaxValue).Select(v => (object)(short)v),
            'q' => Gen.Choose(0, ushort.MaxValue).Select(v => (object)(ushort)v),
            'i' => ArbMap.Default.GeneratorFor<int>().Select(v => (object)v),
            'u' => ArbMap.Default.GeneratorFor<uint>().Select(v => (object)v),
            'x' => ArbMap.Default.GeneratorFor<long>().Select(v => (object)v),
            't' => ArbMap.Default.GeneratorFor<ulong>().Select(v => (object)v),
            'd' => ArbMap.Default.GeneratorFor<double>().Select(v => (object)v),
            'h' => ArbMap.Default.GeneratorFor<uint>().Select(v => (object)new UnixFdIndex(v)),
            's' => Text.Select(v => (object)v),
            'o' => Path.Select(v => (object)v),
            'g' => Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(CompleteType(2), n)).Select(t => (object)DBusSignature.Parse(string.Concat(t))),
            'v' => variantBudget <= 0
                ? Gen.Choose(0, 9).Select(v => (object)new DBusVariant(v))
                : CompleteType(2, unixFds).SelectMany(inner => ValueOfWithBudget(inner, variantBudget - 1, unixFds)).Select(v => (object)new DBusVariant(v)),
            '(' => StructOf(own, variantBudget, unixFds),
            'a' => ArrayOf(own, variantBudget, unixFds),
            _ => throw new ArgumentOutOfRangeException(nameof(signature), signature, "Unknown type code."),
        };
    }

    private static Gen<object> ValueOfWithBudget(string signature, int variantBudget, bool unixFds)
    {
        var position = 0;
        return ValueAt(signature, ref position, variantBudget, unixFds);
    }

    private static Gen<object> StructOf(string own, int variantBudget, bool unixFds)
    {
        var fields = new List<Gen<object>>();
        var position = 1;
        while (own[position] != ')')
        {
            fields.Add(ValueAt(own, ref position, variantBudget, unixFds));
        }

        return fields.Aggregate(
            Gen.Constant(Array.Empty<object>()),
            (acc, next) => from values in acc from value in next select (object[])[.. values, value])
            .Select(values => (object)new DBusStruct(values));
    }

    private static Gen<object> ArrayOf(string own, int variantBudget, bool unixFds)
    {
        if (own == "ay")
        {
            return Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)).Select(b => (object)b);
        }

        if (own[1] == '{')
        {
            var key = own[2].ToString();
            var value = own[3..^1];
            var entry = from k in ValueOfWithBudget(key, variantBudget, unixFds) from v in ValueOfWithBudget(value, variantBudget, unixFds) select new KeyValuePair<object, object>(k, v);
            // Distinct keys: real services (and dbus-python) treat a{kv} as a map.
            return Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(entry, n))
                .Select(entries => (object)new DBusDictionary(
                    DBusSignature.Parse(key),
                    DBusSignature.Parse(value),
                    entries.DistinctBy(e => e.Key, EqualityComparer<object>.Create(DBusValue.Equals, DBusValue.GetHashCode))));
        }

        var element = own[1..];
        return Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(ValueOfWithBudget(element, variantBudget, unixFds), n))
            .Select(items => (object)new DBusArray(DBusSignature.Parse(element), items));
    }
}
