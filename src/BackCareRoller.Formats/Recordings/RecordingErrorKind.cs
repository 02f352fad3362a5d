namespace BackCareRoller.Formats.Recordings;

/// <summary>What is wrong with a recording or one of its lines.</summary>
public enum RecordingErrorKind : byte
{
    /// <summary>The file has no content at all.</summary>
    EmptyFile = 0,

    /// <summary>The header line <c>time_s,sensor,ax,ay,az,gx,gy,gz</c> is missing or different.</summary>
    MissingHeader,

    /// <summary>The <c>format</c> metadata names another contract or version.</summary>
    UnsupportedFormat,

    /// <summary>A known metadata key has a value that cannot be used (e.g. <c>height_cm=tall</c>).</summary>
    BadMetadata,

    /// <summary>A metadata line appears after the header.</summary>
    MisplacedMetadata,

    /// <summary>A row has more or fewer than eight columns.</summary>
    WrongColumnCount,

    /// <summary>The <c>sensor</c> column is neither <c>roller</c> nor <c>body</c>.</summary>
    UnknownSensor,

    /// <summary>A numeric column does not hold a number.</summary>
    UnparsableNumber,

    /// <summary>A numeric column holds NaN or an infinity.</summary>
    NotFinite,

    /// <summary><c>time_s</c> is negative or absurdly large.</summary>
    TimeOutOfRange,

    /// <summary><c>time_s</c> is smaller than the previous row of the same sensor.</summary>
    TimeWentBackwards,

    /// <summary>The acceleration magnitude exceeds 50 g.</summary>
    AccelerationOutOfRange,

    /// <summary>The angular-rate magnitude exceeds 50 rad/s.</summary>
    AngularVelocityOutOfRange,

    /// <summary>A line is longer than any valid row could be.</summary>
    LineTooLong,

    /// <summary>The file holds no valid sample row.</summary>
    NoSamples,
}
