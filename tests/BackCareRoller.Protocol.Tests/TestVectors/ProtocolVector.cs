namespace BackCareRoller.Protocol.Tests.TestVectors;

/// <summary>One vector of firmware-protocol/test-vectors (format in its README.md).</summary>
internal sealed class ProtocolVector(string file, int line, string name)
{
    private readonly List<(string Key, string Value)> _fields = [];
    private readonly HashSet<int> _used = [];

    public string File { get; } = file;

    public int Line { get; } = line;

    public string Name { get; } = name;

    public string Kind { get; set; } = "";

    public string Hex { get; set; } = "";

    public string Status { get; set; } = "";

    public bool Canonical { get; set; } = true;

    public byte[] Bytes => Hex.Length == 0 ? [] : Convert.FromHexString(Hex.Replace(" ", "", StringComparison.Ordinal));

    public void AddField(string key, string value) => _fields.Add((key, value));

    /// <summary>The next unused value of <paramref name="key"/>, or null; marks it used.</summary>
    public string? Take(string key)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (!_used.Contains(i) && _fields[i].Key == key)
            {
                _used.Add(i);
                return _fields[i].Value;
            }
        }

        return null;
    }

    public long TakeInteger(string key, bool required = true)
    {
        var text = Take(key);
        if (text is null)
        {
            Assert.False(required, $"{this}: missing field {key}");
            return 0;
        }

        return text.StartsWith("0x", StringComparison.Ordinal)
            ? Convert.ToInt64(text[2..], 16)
            : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public float TakeFloat(string key)
    {
        var text = Take(key);
        Assert.True(text is not null, $"{this}: missing field {key}");
        return float.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public IEnumerable<string> UnusedKeys() => _fields.Where((_, i) => !_used.Contains(i)).Select(field => field.Key);

    public override string ToString() => $"{File}:{Line} {Name}";
}
