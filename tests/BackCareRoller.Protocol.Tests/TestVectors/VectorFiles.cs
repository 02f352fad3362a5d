namespace BackCareRoller.Protocol.Tests.TestVectors;

/// <summary>Loads every .vec file copied next to the test assembly (the same files CTest gives the C test).</summary>
internal static class VectorFiles
{
    private static readonly Lazy<IReadOnlyList<ProtocolVector>> LoadedVectors = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestVectors");

    public static IReadOnlyList<ProtocolVector> All => LoadedVectors.Value;

    public static ProtocolVector Named(string name) => All.Single(vector => vector.Name == name);

    public static string HeaderPath => Path.Combine(Directory, "bcr_protocol.h");

    private static List<ProtocolVector> Load()
    {
        var vectors = new List<ProtocolVector>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.vec").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            ProtocolVector? current = null;
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    throw new FormatException($"{file}:{lineNumber}: expected 'key: value'");
                }

                var key = line[..colon];
                var value = line[(colon + 1)..].TrimStart(' ');
                if (key == "name")
                {
                    current = new ProtocolVector(file, lineNumber, value);
                    vectors.Add(current);
                    continue;
                }

                if (current is null)
                {
                    throw new FormatException($"{file}:{lineNumber}: '{key}' before the first 'name'");
                }

                switch (key)
                {
                    case "kind":
                        current.Kind = value;
                        break;
                    case "hex":
                        current.Hex = value;
                        break;
                    case "status":
                        current.Status = value;
                        break;
                    case "canonical":
                        current.Canonical = value != "no";
                        break;
                    default:
                        current.AddField(key, value);
                        break;
                }
            }
        }

        return vectors;
    }
}
