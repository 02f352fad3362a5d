using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;
using BackCareRoller.Sources;
using BackCareRoller.Sources.Live;
using BackCareRoller.Sources.Replay;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Hosting.Live;

/// <summary>
/// Creates a session's source: the simulator and recordings are replayed at real pace; phones, Sensor Logger
/// and the BLE relay push into a feed.
/// </summary>
internal sealed class ImuSourceFactory : IImuSourceFactory
{
    public bool TryCreate(SourceRequest request, [NotNullWhen(true)] out IImuSource? source, out string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        source = null;
        reason = string.Empty;
        switch (request.Kind)
        {
            case ImuSourceKind.Simulator:
                return TryCreateSimulator(request, out source, out reason);
            case ImuSourceKind.Replay:
                if (string.IsNullOrEmpty(request.RecordingPath) || !File.Exists(request.RecordingPath))
                {
                    reason = $"No recording to replay at '{request.RecordingPath}'.";
                    return false;
                }

                var path = request.RecordingPath;
                source = new PacedReplaySource(ImuSourceKind.Replay, () => ReadRecording(path));
                return true;
            default:
                source = new LiveSampleFeed(request.Kind);
                return true;
        }
    }

    private static bool TryCreateSimulator(SourceRequest request, [NotNullWhen(true)] out IImuSource? source, out string reason)
    {
        source = null;
        var options = new SimulationOptions
        {
            Seed = request.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue),
            HeightMeters = request.HeightCm / 100,
            RollerDiameterMeters = request.RollerDiameterCm / 100,
        };
        if (!options.TryValidate(out var problem))
        {
            reason = problem;
            return false;
        }

        var simulated = SessionSimulator.Create(options);
        source = new PacedReplaySource(ImuSourceKind.Simulator, () => simulated.Samples);
        reason = string.Empty;
        return true;
    }

    private static IEnumerable<ImuSample> ReadRecording(string path)
    {
        // Streamed: a two-hour recording is never held in memory.
        using var reader = RecordingReader.Open(path);
        foreach (var sample in reader.ReadSamples())
        {
            yield return sample;
        }
    }
}
