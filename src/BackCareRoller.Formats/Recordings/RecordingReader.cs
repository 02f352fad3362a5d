using System.Globalization;
using System.Numerics;
using System.Text;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Recordings;

/// <summary>
/// Reads a recording CSV (DESIGN.md section 5) as a stream: the metadata and header when it is created, then one
/// <see cref="ImuSample"/> per row, line by line, so a two-hour recording never sits in memory.
/// </summary>
/// <remarks>
/// In <see cref="RecordingReadMode.Strict"/> mode the first bad row throws a <see cref="RecordingFormatException"/>
/// naming the source, the line and the problem. In <see cref="RecordingReadMode.Lenient"/> mode bad rows are
/// skipped and counted in <see cref="Statistics"/>; problems with the file as a whole (empty, no header, another
/// format, no valid row) throw in both modes.
/// </remarks>
public sealed class RecordingReader : IDisposable
{
    private const int StreamBufferBytes = 64 * 1024;

    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private readonly LineBuffer _lines;
    private readonly double[] _lastTimeSeconds = [double.NegativeInfinity, double.NegativeInfinity];
    private long _lineNumber;
    private bool _samplesTaken;

    /// <summary>Reads the metadata and header of the recording in <paramref name="reader"/>.</summary>
    /// <param name="reader">The text of the recording, positioned at its start.</param>
    /// <param name="sourceName">The name errors give for the source, normally the file name.</param>
    /// <param name="mode">Whether a bad row stops reading or is skipped.</param>
    /// <param name="leaveOpen">True to leave <paramref name="reader"/> open when this reader is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RecordingFormatException">The file is empty, has no header, another format or (strict) bad metadata.</exception>
    public RecordingReader(TextReader reader, string sourceName, RecordingReadMode mode = RecordingReadMode.Strict, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        _reader = reader;
        _leaveOpen = leaveOpen;
        _lines = new LineBuffer(reader);
        SourceName = sourceName;
        Mode = mode;
        try
        {
            Metadata = ReadPreamble();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The name errors give for the source.</summary>
    public string SourceName { get; }

    /// <summary>Whether a bad row stops reading or is skipped.</summary>
    public RecordingReadMode Mode { get; }

    /// <summary>The metadata lines of the recording.</summary>
    public RecordingMetadata Metadata { get; }

    /// <summary>Counts of what has been read and skipped so far; final once <see cref="ReadSamples"/> is exhausted.</summary>
    public RecordingReadStatistics Statistics { get; } = new();

    /// <summary>Opens the recording at <paramref name="path"/> and reads its metadata and header.</summary>
    /// <param name="path">The CSV file; errors name it as given.</param>
    /// <param name="mode">Whether a bad row stops reading or is skipped.</param>
    /// <returns>A reader positioned at the first sample row.</returns>
    /// <exception cref="RecordingFormatException">The file is empty, has no header, another format or (strict) bad metadata.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static RecordingReader Open(string path, RecordingReadMode mode = RecordingReadMode.Strict)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, StreamBufferBytes, FileOptions.SequentialScan);
        var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, StreamBufferBytes);
        return new RecordingReader(text, path, mode);
    }

    /// <summary>The sample rows in file order (sensors interleaved), read lazily one line at a time.</summary>
    /// <returns>A sequence that can be enumerated once.</returns>
    /// <exception cref="InvalidOperationException">The samples were already taken.</exception>
    /// <exception cref="RecordingFormatException">Thrown while enumerating: a bad row (strict), or no valid row at all.</exception>
    public IEnumerable<ImuSample> ReadSamples()
    {
        if (_samplesTaken)
        {
            throw new InvalidOperationException("The samples of a recording can be read only once.");
        }

        _samplesTaken = true;
        return ReadRows();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }

    private IEnumerable<ImuSample> ReadRows()
    {
        while (TryReadSample(out var sample))
        {
            yield return sample;
        }

        if (Statistics.Samples == 0)
        {
            var reason = Statistics.SkippedLines == 0
                ? "the recording has a header but no sample rows"
                : $"none of the {Statistics.SkippedLines} sample rows is valid";
            throw new RecordingFormatException(SourceName, 0, RecordingErrorKind.NoSamples, reason);
        }
    }

    private bool TryReadSample(out ImuSample sample)
    {
        while (true)
        {
            var status = _lines.ReadLine(out var line);
            if (status == LineStatus.End)
            {
                sample = default;
                return false;
            }

            _lineNumber++;
            Statistics.LinesRead++;
            if (status == LineStatus.TooLong)
            {
                Reject(RecordingErrorKind.LineTooLong, $"the line is longer than {LineBuffer.MaxLineLength} characters");
                continue;
            }

            // Blank lines carry nothing; a trailing empty line is common.
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                Reject(RecordingErrorKind.MisplacedMetadata, "metadata lines ('# key=value') must come before the header");
                continue;
            }

            if (TryParseRow(line, out sample, out var kind, out var reason))
            {
                Statistics.CountSample(sample.Sensor);
                return true;
            }

            Reject(kind, reason!);
        }
    }

    private bool TryParseRow(ReadOnlySpan<char> line, out ImuSample sample, out RecordingErrorKind kind, out string? reason)
    {
        sample = default;
        Span<Range> columns = stackalloc Range[RecordingFormat.ColumnCount + 1];
        var count = line.Split(columns, ',');
        if (count != RecordingFormat.ColumnCount)
        {
            kind = RecordingErrorKind.WrongColumnCount;
            reason = $"expected {RecordingFormat.ColumnCount} columns ({RecordingFormat.Header}) but found {line.Count(',') + 1}";
            return false;
        }

        // Sensor first: it decides which time sequence the row belongs to.
        var sensorText = line[columns[1]].Trim();
        SensorRole sensor;
        if (sensorText.Equals(RecordingFormat.RollerSensorName, StringComparison.OrdinalIgnoreCase))
        {
            sensor = SensorRole.Roller;
        }
        else if (sensorText.Equals(RecordingFormat.BodySensorName, StringComparison.OrdinalIgnoreCase))
        {
            sensor = SensorRole.Body;
        }
        else
        {
            kind = RecordingErrorKind.UnknownSensor;
            reason = $"unknown sensor '{Shorten(sensorText)}' (expected '{RecordingFormat.RollerSensorName}' or '{RecordingFormat.BodySensorName}')";
            return false;
        }

        // Numbers: time, then the six axes.
        Span<double> values = stackalloc double[7];
        for (var i = 0; i < values.Length; i++)
        {
            var column = i == 0 ? 0 : i + 1;
            var text = line[columns[column]];
            if (!DecimalParser.TryParse(text, out values[i]))
            {
                kind = RecordingErrorKind.UnparsableNumber;
                reason = $"column '{RecordingFormat.ColumnNames[column]}': '{Shorten(text.Trim())}' is not a number";
                return false;
            }

            if (!double.IsFinite(values[i]))
            {
                kind = RecordingErrorKind.NotFinite;
                reason = $"column '{RecordingFormat.ColumnNames[column]}': '{Shorten(text.Trim())}' is not a finite number";
                return false;
            }
        }

        // Time: inside the plausible range and never behind this sensor's previous row (equal is allowed).
        var seconds = values[0];
        if (seconds < 0 || seconds > RecordingFormat.MaxTimeSeconds)
        {
            kind = RecordingErrorKind.TimeOutOfRange;
            reason = string.Create(CultureInfo.InvariantCulture, $"time_s {seconds} is outside 0 to {RecordingFormat.MaxTimeSeconds:0} s");
            return false;
        }

        ref var lastSeconds = ref _lastTimeSeconds[(int)sensor];
        if (seconds < lastSeconds)
        {
            kind = RecordingErrorKind.TimeWentBackwards;
            reason = string.Create(
                CultureInfo.InvariantCulture,
                $"time_s {seconds} of sensor '{SensorName(sensor)}' is before its previous row's {lastSeconds}");
            return false;
        }

        // Magnitudes: beyond these no real sensor reads; the row is corrupt.
        var acceleration = new Vector3((float)values[1], (float)values[2], (float)values[3]);
        var accelerationSquared = (values[1] * values[1]) + (values[2] * values[2]) + (values[3] * values[3]);
        if (accelerationSquared > RecordingFormat.MaxAccelerationMetersPerSecondSquared * RecordingFormat.MaxAccelerationMetersPerSecondSquared)
        {
            kind = RecordingErrorKind.AccelerationOutOfRange;
            reason = string.Create(
                CultureInfo.InvariantCulture,
                $"acceleration magnitude {Math.Sqrt(accelerationSquared):0.#} m/s² exceeds 50 g ({RecordingFormat.MaxAccelerationMetersPerSecondSquared:0.#} m/s²)");
            return false;
        }

        var angularVelocity = new Vector3((float)values[4], (float)values[5], (float)values[6]);
        var angularSquared = (values[4] * values[4]) + (values[5] * values[5]) + (values[6] * values[6]);
        if (angularSquared > RecordingFormat.MaxAngularVelocityRadiansPerSecond * RecordingFormat.MaxAngularVelocityRadiansPerSecond)
        {
            kind = RecordingErrorKind.AngularVelocityOutOfRange;
            reason = string.Create(
                CultureInfo.InvariantCulture,
                $"angular rate magnitude {Math.Sqrt(angularSquared):0.##} rad/s exceeds {RecordingFormat.MaxAngularVelocityRadiansPerSecond:0} rad/s");
            return false;
        }

        lastSeconds = seconds;
        var time = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        sample = new ImuSample(time, sensor, acceleration, angularVelocity);
        kind = default;
        reason = null;
        return true;
    }

    private RecordingMetadata ReadPreamble()
    {
        var metadata = new RecordingMetadata();
        var additional = new Dictionary<string, string>(StringComparer.Ordinal);
        var sawAnything = false;
        while (true)
        {
            var status = _lines.ReadLine(out var line);
            if (status == LineStatus.End)
            {
                throw sawAnything
                    ? new RecordingFormatException(SourceName, 0, RecordingErrorKind.MissingHeader, $"the header line '{RecordingFormat.Header}' is missing")
                    : new RecordingFormatException(SourceName, 0, RecordingErrorKind.EmptyFile, "the recording is empty");
            }

            _lineNumber++;
            Statistics.LinesRead++;
            if (status == LineStatus.TooLong)
            {
                throw Fail(RecordingErrorKind.MissingHeader, $"the line is longer than {LineBuffer.MaxLineLength} characters; expected the header '{RecordingFormat.Header}'");
            }

            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            sawAnything = true;
            if (trimmed[0] == '#')
            {
                metadata = ApplyMetadataLine(metadata, trimmed[1..], additional);
                continue;
            }

            if (!IsHeader(trimmed))
            {
                var found = char.IsAsciiDigit(trimmed[0]) || trimmed[0] == '-' || trimmed[0] == '.'
                    ? "a data row"
                    : $"'{Shorten(trimmed)}'";
                throw Fail(RecordingErrorKind.MissingHeader, $"expected the header line '{RecordingFormat.Header}' but found {found}");
            }

            return metadata with { AdditionalProperties = additional };
        }
    }

    private RecordingMetadata ApplyMetadataLine(RecordingMetadata metadata, ReadOnlySpan<char> content, Dictionary<string, string> additional)
    {
        // A '#' line without '=' is a comment.
        var equals = content.IndexOf('=');
        if (equals < 0)
        {
            return metadata;
        }

        var key = content[..equals].Trim().ToString();
        var value = content[(equals + 1)..].Trim().ToString();
        switch (key.ToLowerInvariant())
        {
            case RecordingFormat.FormatKey:
                if (!string.Equals(value, RecordingFormat.FormatName, StringComparison.OrdinalIgnoreCase))
                {
                    throw Fail(RecordingErrorKind.UnsupportedFormat, $"format '{Shorten(value)}' is not supported (expected '{RecordingFormat.FormatName}')");
                }

                return metadata with { Format = RecordingFormat.FormatName };
            case RecordingFormat.HeightKey:
                return TryParseRange(value, 50, 300, out var heightCm)
                    ? metadata with { HeightMeters = heightCm / 100 }
                    : RejectMetadata(metadata, $"height_cm '{Shorten(value)}' is not a height between 50 and 300 cm");
            case RecordingFormat.RollerDiameterKey:
                return TryParseRange(value, 2, 60, out var diameterCm)
                    ? metadata with { RollerDiameterMeters = diameterCm / 100 }
                    : RejectMetadata(metadata, $"roller_diameter_cm '{Shorten(value)}' is not a diameter between 2 and 60 cm");
            case RecordingFormat.BodySensorKey:
                return value.Length > 0
                    ? metadata with { BodySensor = value }
                    : RejectMetadata(metadata, "body_sensor is empty (expected 'right_hip')");
            case RecordingFormat.RollerSensorKey:
                return RollerMountNames.TryParse(value, out var mount)
                    ? metadata with { RollerMount = mount }
                    : RejectMetadata(metadata, $"roller_sensor '{Shorten(value)}' is neither 'firmware_axis' nor 'unknown_mount'");
            default:
                additional[key] = value;
                return metadata;
        }
    }

    private RecordingMetadata RejectMetadata(RecordingMetadata metadata, string reason)
    {
        Reject(RecordingErrorKind.BadMetadata, reason);
        return metadata;
    }

    private void Reject(RecordingErrorKind kind, string reason)
    {
        if (Mode == RecordingReadMode.Strict)
        {
            throw Fail(kind, reason);
        }

        Statistics.CountSkipped(_lineNumber, kind, reason);
    }

    private RecordingFormatException Fail(RecordingErrorKind kind, string reason) => new(SourceName, _lineNumber, kind, reason);

    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        Span<Range> columns = stackalloc Range[RecordingFormat.ColumnCount + 1];
        if (line.Split(columns, ',') != RecordingFormat.ColumnCount)
        {
            return false;
        }

        for (var i = 0; i < RecordingFormat.ColumnCount; i++)
        {
            if (!line[columns[i]].Trim().Equals(RecordingFormat.ColumnNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseRange(string text, double min, double max, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static string SensorName(SensorRole sensor) =>
        sensor == SensorRole.Roller ? RecordingFormat.RollerSensorName : RecordingFormat.BodySensorName;

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
