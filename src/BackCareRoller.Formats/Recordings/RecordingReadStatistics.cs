using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Recordings;

/// <summary>What a reader has read so far: samples per sensor and, in lenient mode, the lines it skipped.</summary>
public sealed class RecordingReadStatistics
{
    /// <summary>How many issues are kept with their line numbers; the rest are only counted.</summary>
    public const int MaxKeptIssues = 20;

    private readonly Dictionary<RecordingErrorKind, long> _skippedByKind = [];
    private readonly List<RecordingIssue> _issues = [];

    /// <summary>Lines read, metadata and header included.</summary>
    public long LinesRead { get; internal set; }

    /// <summary>Valid roller samples returned.</summary>
    public long RollerSamples { get; private set; }

    /// <summary>Valid body samples returned.</summary>
    public long BodySamples { get; private set; }

    /// <summary>Valid samples returned, both sensors.</summary>
    public long Samples => RollerSamples + BodySamples;

    /// <summary>Lines skipped as bad (lenient mode), every kind together.</summary>
    public long SkippedLines { get; private set; }

    /// <summary>Lines skipped, per kind of problem; kinds never met are absent.</summary>
    public IReadOnlyDictionary<RecordingErrorKind, long> SkippedByKind => _skippedByKind;

    /// <summary>The first <see cref="MaxKeptIssues"/> skipped lines with their reasons, in file order.</summary>
    public IReadOnlyList<RecordingIssue> FirstIssues => _issues;

    internal void CountSample(SensorRole sensor)
    {
        if (sensor == SensorRole.Roller)
        {
            RollerSamples++;
        }
        else
        {
            BodySamples++;
        }
    }

    internal void CountSkipped(long lineNumber, RecordingErrorKind kind, string reason)
    {
        SkippedLines++;
        _skippedByKind[kind] = _skippedByKind.GetValueOrDefault(kind) + 1;
        if (_issues.Count < MaxKeptIssues)
        {
            _issues.Add(new RecordingIssue(lineNumber, kind, reason));
        }
    }
}
