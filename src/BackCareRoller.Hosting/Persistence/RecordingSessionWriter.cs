using System.Text;
using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>
/// <c>--record</c>: writes every sample of a live session to a recording CSV (DESIGN.md section 5) beside storing
/// it, so what a phone streamed can be analysed again with <c>backcare analyze</c>.
/// </summary>
internal sealed class RecordingSessionWriter : ILiveSessionWriter, IDisposable
{
    private readonly ILiveSessionWriter _inner;
    private readonly StreamWriter _file;
    private readonly RecordingWriter _recording;
    private readonly Lock _gate = new();

    public RecordingSessionWriter(ILiveSessionWriter inner, string path, LiveSessionProfile profile)
    {
        _inner = inner;
        _file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _recording = new RecordingWriter(_file, new RecordingMetadata
        {
            HeightMeters = profile.HeightCm / 100,
            RollerDiameterMeters = profile.RollerDiameterCm / 100,
            BodySensor = RecordingFormat.RightHip,
            RollerMount = profile.RollerMount,
        });
    }

    public string SessionId => _inner.SessionId;

    public void AppendSample(in ImuSample sample)
    {
        lock (_gate)
        {
            _recording.Write(sample);
        }

        _inner.AppendSample(sample);
    }

    public void Append(LiveEvent liveEvent) => _inner.Append(liveEvent);

    public async ValueTask CompleteAsync(LiveEndedEvent ended, CancellationToken cancellationToken)
    {
        try
        {
            await _inner.CompleteAsync(ended, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _file.Flush();
            }

            await _file.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The file for the <paramref name="ordinal"/>-th recorded session: the path itself first, then with the session id.</summary>
    public static string PathFor(string path, int ordinal, string sessionId) => ordinal == 1
        ? path
        : Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(path)}-{sessionId}{Path.GetExtension(path)}");
}
