using System.Globalization;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Recordings;

/// <summary>
/// Writes a recording CSV (DESIGN.md section 5) to a <see cref="TextWriter"/>: the metadata and header when it
/// is created, then one row per sample with a fixed number of decimals, formatted without allocating.
/// </summary>
/// <remarks>The writer does not own the <see cref="TextWriter"/>; flush and dispose it yourself.</remarks>
public sealed class RecordingWriter
{
    // Longest row: 7 numbers of at most ~20 characters, a sensor name and separators.
    private const int MaxRowLength = 256;

    private readonly TextWriter _writer;
    private readonly FixedDecimal _time;
    private readonly FixedDecimal _acceleration;
    private readonly FixedDecimal _angularVelocity;

    /// <summary>Writes the metadata lines and header of a recording to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the CSV goes.</param>
    /// <param name="metadata">The metadata to write; <c>format</c> is always written.</param>
    /// <param name="settings">Decimals per column; <see cref="RecordingWriterSettings.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="metadata"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A decimals setting is outside 0–9.</exception>
    public RecordingWriter(TextWriter writer, RecordingMetadata metadata, RecordingWriterSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(metadata);
        settings ??= RecordingWriterSettings.Default;
        _writer = writer;
        _time = new FixedDecimal(settings.TimeDecimals, nameof(settings.TimeDecimals));
        _acceleration = new FixedDecimal(settings.AccelerationDecimals, nameof(settings.AccelerationDecimals));
        _angularVelocity = new FixedDecimal(settings.AngularVelocityDecimals, nameof(settings.AngularVelocityDecimals));
        WritePreamble(metadata);
    }

    /// <summary>Rows written so far.</summary>
    public long SamplesWritten { get; private set; }

    /// <summary>Writes one sample row.</summary>
    /// <param name="sample">The sample; its time must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The sample's time is negative.</exception>
    public void Write(in ImuSample sample)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sample.Time, TimeSpan.Zero, nameof(sample));
        Span<char> row = stackalloc char[MaxRowLength];
        var length = 0;
        length += _time.Format(sample.Time.TotalSeconds, row);
        row[length++] = ',';
        var name = sample.Sensor == SensorRole.Roller ? RecordingFormat.RollerSensorName : RecordingFormat.BodySensorName;
        name.AsSpan().CopyTo(row[length..]);
        length += name.Length;
        AppendColumn(row, ref length, sample.Acceleration.X, _acceleration);
        AppendColumn(row, ref length, sample.Acceleration.Y, _acceleration);
        AppendColumn(row, ref length, sample.Acceleration.Z, _acceleration);
        AppendColumn(row, ref length, sample.AngularVelocity.X, _angularVelocity);
        AppendColumn(row, ref length, sample.AngularVelocity.Y, _angularVelocity);
        AppendColumn(row, ref length, sample.AngularVelocity.Z, _angularVelocity);
        row[length++] = '\n';
        _writer.Write(row[..length]);
        SamplesWritten++;
    }

    /// <summary>Writes every sample of <paramref name="samples"/>, in order.</summary>
    /// <param name="samples">The samples, normally ordered by time.</param>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    public void WriteAll(IEnumerable<ImuSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        foreach (var sample in samples)
        {
            Write(sample);
        }
    }

    private void WritePreamble(RecordingMetadata metadata)
    {
        WriteMetadataLine(RecordingFormat.FormatKey, RecordingFormat.FormatName);
        if (metadata.HeightMeters is { } height)
        {
            WriteMetadataLine(RecordingFormat.HeightKey, Centimetres(height));
        }

        if (metadata.RollerDiameterMeters is { } diameter)
        {
            WriteMetadataLine(RecordingFormat.RollerDiameterKey, Centimetres(diameter));
        }

        if (metadata.BodySensor is { } bodySensor)
        {
            WriteMetadataLine(RecordingFormat.BodySensorKey, bodySensor);
        }

        if (metadata.RollerMount is { } mount)
        {
            WriteMetadataLine(RecordingFormat.RollerSensorKey, RollerMountNames.ToName(mount));
        }

        foreach (var (key, value) in metadata.AdditionalProperties)
        {
            WriteMetadataLine(key, value);
        }

        _writer.Write(RecordingFormat.Header);
        _writer.Write('\n');
    }

    private void WriteMetadataLine(string key, string value)
    {
        _writer.Write("# ");
        _writer.Write(key);
        _writer.Write('=');
        _writer.Write(value);
        _writer.Write('\n');
    }

    private static string Centimetres(double meters) => (meters * 100).ToString("0.###", CultureInfo.InvariantCulture);

    private static void AppendColumn(Span<char> row, ref int length, double value, FixedDecimal format)
    {
        row[length++] = ',';
        length += format.Format(value, row[length..]);
    }
}
