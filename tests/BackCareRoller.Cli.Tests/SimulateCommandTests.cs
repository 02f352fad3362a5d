using System.Text.Json;
using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;

namespace BackCareRoller.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backcare-simulate-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Simulate_RecordingAndTruth_WritesReadableFiles()
    {
        var csv = Path.Combine(_directory, "session.csv");
        var truth = Path.Combine(_directory, "truth.json");

        var (exitCode, output, error) = await CliRunner.RunAsync(
            "simulate", "--seed", "3", "--out", csv, "--truth", truth, "--minutes", "1", "--rate", "50", "--height-cm", "172", "--roller-diameter-cm", "14", "--mount", "unknown_mount");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("Wrote", output, StringComparison.Ordinal);
        using var reader = RecordingReader.Open(csv);
        var samples = reader.ReadSamples().ToList();
        Assert.Equal(1.72, reader.Metadata.HeightMeters!.Value, 9);
        Assert.Equal(0.14, reader.Metadata.RollerDiameterMeters!.Value, 9);
        Assert.Equal(RollerMount.UnknownMount, reader.Metadata.RollerMount);
        Assert.Equal("right_hip", reader.Metadata.BodySensor);
        Assert.InRange(samples.Count, 0.85 * 2 * 50 * 60, 2 * 50 * 60);
        Assert.Contains(samples, s => s.Sensor == SensorRole.Body);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(truth));
        Assert.Equal(60, json.RootElement.GetProperty("duration_s").GetDouble(), 3);
        Assert.Equal(601, json.RootElement.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task Simulate_SameSeedTwice_SameFile()
    {
        var first = Path.Combine(_directory, "a.csv");
        var second = Path.Combine(_directory, "b.csv");

        await CliRunner.RunAsync("simulate", "--seed", "8", "--out", first, "--minutes", "0.5");
        await CliRunner.RunAsync("simulate", "--seed", "8", "--out", second, "--minutes", "0.5");

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task Simulate_NoBodySensorAndNoMistakes_RollerRowsOnly()
    {
        var csv = Path.Combine(_directory, "roller.csv");

        var (exitCode, _, _) = await CliRunner.RunAsync("simulate", "--seed", "2", "--out", csv, "--minutes", "0.5", "--no-body-sensor", "--mistakes", "none");

        Assert.Equal(0, exitCode);
        using var reader = RecordingReader.Open(csv);
        Assert.All(reader.ReadSamples(), s => Assert.Equal(SensorRole.Roller, s.Sensor));
        Assert.Null(reader.Metadata.BodySensor);
    }

    [Theory]
    [InlineData("--minutes", "0.1", "--minutes")]
    [InlineData("--minutes", "NaN", "--minutes")]
    [InlineData("--height-cm", "90", "height")]
    [InlineData("--roller-diameter-cm", "40", "roller diameter")]
    [InlineData("--rate", "5", "sample rate")]
    [InlineData("--mount", "sideways", "sideways")]
    [InlineData("--mistakes", "lots", "lots")]
    [InlineData("--seed", "abc", "abc")]
    public async Task Simulate_BadArgument_ExitsNonZeroNamingIt(string option, string value, string named)
    {
        var csv = Path.Combine(_directory, "bad.csv");

        var (exitCode, _, error) = await CliRunner.RunAsync("simulate", "--out", csv, option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public async Task Simulate_MissingOut_ExitsNonZero()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("simulate", "--seed", "1");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_OutputDirectoryMissing_ExitsNonZeroWithMessage()
    {
        var csv = Path.Combine(_directory, "no-such-directory", "x.csv");

        var (exitCode, _, error) = await CliRunner.RunAsync("simulate", "--out", csv, "--minutes", "0.5");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("cannot write", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samples_EveryReadmeCommand_RecreatesItsCheckedInFiles()
    {
        // samples/README.md documents each sample by the command that made it (writing to /tmp); running it
        // again must give the checked-in files byte for byte, or the samples and their docs have drifted apart.
        var root = RepositoryRoot();
        var commands = File.ReadLines(Path.Combine(root, "samples", "README.md"))
            .Where(line => line.StartsWith("    backcare simulate ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ').Skip(1).ToArray())
            .ToList();
        Assert.NotEmpty(commands);
        foreach (var args in commands)
        {
            var checkedIn = new List<string>();
            for (var i = 0; i < args.Length - 1; i++)
            {
                if (args[i] is "--out" or "--truth")
                {
                    checkedIn.Add(Path.Combine(root, "samples", "recordings", Path.GetFileName(args[i + 1])));
                    args[i + 1] = Path.Combine(_directory, Path.GetFileName(args[i + 1]));
                }
            }

            var (exitCode, _, error) = await CliRunner.RunAsync(args);

            Assert.True(exitCode == 0, error);
            foreach (var file in checkedIn)
            {
                Assert.True(File.Exists(file), $"{file} is documented but missing");
                var expected = await File.ReadAllBytesAsync(file);
                var made = await File.ReadAllBytesAsync(Path.Combine(_directory, Path.GetFileName(file)));
                Assert.True(expected.SequenceEqual(made), $"{Path.GetFileName(file)} differs from what its command makes now");
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackCareRoller.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The test runs outside the repository.");
    }
}
